using System.Globalization;
using System.Text;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>A redirect rule. Without Force, Netlify applies it only when no file exists at From.</summary>
public sealed record NetlifyRedirect(string From, string To, int Status, bool Force);

public sealed record NetlifyHeaderRule(string For, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Netlify's path patterns: `*` matches any rest of the path.</summary>
    public bool Matches(string path) =>
        For.EndsWith('*') ? path.StartsWith(For[..^1], StringComparison.Ordinal) : path == For;
}

/// <summary>
/// The parts of netlify.toml that the tests serve the site with and check: build, redirects and
/// headers. No TOML package is in our feed, so this reads the small subset the file uses (tables,
/// arrays of tables, strings, integers, booleans) and rejects anything else loudly, so the file
/// cannot silently drift out of what the tests understand.
/// </summary>
public sealed record NetlifyConfig(
    string BuildCommand,
    string Publish,
    IReadOnlyList<NetlifyRedirect> Redirects,
    IReadOnlyList<NetlifyHeaderRule> Headers)
{
    public static NetlifyConfig Load(string path) => Parse(File.ReadAllText(path));

    public IReadOnlyDictionary<string, string> HeadersFor(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Headers.Where(r => r.Matches(path)))
        {
            foreach (var (name, value) in rule.Values)
            {
                headers[name] = value;
            }
        }

        return headers;
    }

    public static NetlifyConfig Parse(string text)
    {
        var tables = new List<(string Name, Dictionary<string, object> Values)>();
        Dictionary<string, object>? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = StripComment(rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                var name = line.Trim('[', ']').Trim();
                current = new Dictionary<string, object>(StringComparer.Ordinal);
                tables.Add((line.StartsWith("[[", StringComparison.Ordinal) ? "[[" + name + "]]" : name, current));
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (current is null || equals <= 0)
            {
                throw new FormatException($"netlify.toml({lineNumber}): expected 'key = value' inside a table: {rawLine}");
            }

            var key = line[..equals].Trim().Trim('"');
            current[key] = ParseValue(line[(equals + 1)..].Trim(), lineNumber);
        }

        return Build(tables);
    }

    private static NetlifyConfig Build(List<(string Name, Dictionary<string, object> Values)> tables)
    {
        string? command = null, publish = null;
        var redirects = new List<NetlifyRedirect>();
        var headers = new List<NetlifyHeaderRule>();
        foreach (var (name, values) in tables)
        {
            switch (name)
            {
                case "build":
                    command = (string)values["command"];
                    publish = (string)values["publish"];
                    break;
                case "[[redirects]]":
                    redirects.Add(new NetlifyRedirect(
                        (string)values["from"],
                        (string)values["to"],
                        values.TryGetValue("status", out var status) ? (int)status : 301,
                        values.TryGetValue("force", out var force) && (bool)force));
                    break;
                case "[[headers]]":
                    headers.Add(new NetlifyHeaderRule((string)values["for"], new Dictionary<string, string>()));
                    break;
                case "headers.values" when headers.Count > 0:
                    headers[^1] = headers[^1] with
                    {
                        Values = values.ToDictionary(v => v.Key, v => (string)v.Value, StringComparer.OrdinalIgnoreCase),
                    };
                    break;
                default:
                    throw new FormatException($"netlify.toml: the tests do not understand the table [{name}]");
            }
        }

        return new NetlifyConfig(
            command ?? throw new FormatException("netlify.toml: [build] has no command"),
            publish ?? throw new FormatException("netlify.toml: [build] has no publish"),
            redirects,
            headers);
    }

    private static object ParseValue(string value, int lineNumber)
    {
        if (value.StartsWith('"') && value.EndsWith('"') && value.Length >= 2)
        {
            return Unescape(value[1..^1]);
        }

        if (value.StartsWith('\'') && value.EndsWith('\'') && value.Length >= 2)
        {
            return value[1..^1];
        }

        if (value is "true" or "false")
        {
            return value == "true";
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"netlify.toml({lineNumber}): the tests do not understand the value {value}");
    }

    private static string Unescape(string value)
    {
        var result = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                i++;
                result.Append(value[i] switch { 'n' => '\n', 't' => '\t', _ => value[i] });
            }
            else
            {
                result.Append(value[i]);
            }
        }

        return result.ToString();
    }

    /// <summary>Removes a # comment that is not inside a quoted string.</summary>
    private static string StripComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is null && c == '#')
            {
                return line[..i];
            }

            if (c is '"' or '\'' && (quote is null || quote == c))
            {
                quote = quote is null ? c : null;
            }
        }

        return line;
    }
}
