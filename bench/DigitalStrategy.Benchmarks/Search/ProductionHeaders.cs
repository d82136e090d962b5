using System.Text.RegularExpressions;

namespace DigitalStrategy.Benchmarks.Search;

/// <summary>
/// The response headers of netlify.toml's `[headers.values]` (the Content-Security-Policy among
/// them), so the benchmark's server makes the search page run under the production policy.
/// The browser tests read the whole file strictly; this needs only the `name = "value"` lines.
/// </summary>
public static partial class ProductionHeaders
{
    public static IReadOnlyDictionary<string, string> Load(string netlifyToml)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inValues = false;
        foreach (var line in File.ReadLines(netlifyToml).Select(l => l.Trim()))
        {
            if (line.StartsWith('['))
            {
                inValues = line == "[headers.values]";
            }
            else if (inValues && Header().Match(line) is { Success: true } match)
            {
                headers[match.Groups["name"].Value] = match.Groups["value"].Value;
            }
        }

        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            throw new InvalidOperationException($"{netlifyToml} has no Content-Security-Policy under [headers.values].");
        }

        return headers;
    }

    [GeneratedRegex("""^(?<name>[A-Za-z-]+)\s*=\s*"(?<value>[^"]*)"$""")]
    private static partial Regex Header();
}
