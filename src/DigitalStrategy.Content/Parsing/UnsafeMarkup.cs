using System.Text.RegularExpressions;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Recognises what in an editor's text could run in a reader's browser: script elements, event
/// handler attributes and addresses with a script scheme. Raw HTML never reaches a page, and links
/// with such addresses are removed, so none of it runs; it is still reported, because an editor
/// who wrote it almost certainly pasted something by mistake.
/// </summary>
internal static partial class UnsafeMarkup
{
    /// <summary>Schemes that can run code when followed; data: can also carry a whole HTML page.</summary>
    private static readonly HashSet<string> UnsafeSchemes = new(StringComparer.Ordinal) { "javascript", "vbscript", "data" };

    public sealed record Finding(int Offset, string Message);

    /// <summary>Script elements, handler attributes and script addresses written as plain text or raw HTML.</summary>
    public static IEnumerable<Finding> InText(string text)
    {
        // Every form the pattern finds has a '<' or a ':'; most texts have neither and need no search.
        if (text.AsSpan().IndexOfAny('<', ':') < 0)
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(text))
        {
            if (match.Groups["script"].Success)
            {
                yield return new Finding(match.Index,
                    "Teksten indeholder et <script>-element. Det bliver vist som almindelig tekst og ikke kørt, " +
                    "men hører ikke hjemme på siden. Slet det.");
            }
            else if (match.Groups["handler"] is { Success: true } handler)
            {
                yield return new Finding(handler.Index,
                    $"Teksten indeholder HTML med '{handler.Value.ToLowerInvariant()}=', som kunne køre et program i læserens browser. " +
                    "Det bliver vist som almindelig tekst og ikke kørt. Slet HTML-koden, og skriv teksten med Markdown.");
            }
            else
            {
                yield return new Finding(match.Index,
                    $"Teksten indeholder '{match.Value.ToLowerInvariant()}', som kunne køre et program i læserens browser. " +
                    "Det bliver vist som almindelig tekst og ikke kørt. Slet det; et link skrives [tekst](https://...).");
            }
        }
    }

    /// <summary>
    /// Whether following <paramref name="url"/> could run code. Browsers ignore spaces and control
    /// characters before the scheme and tabs and line breaks inside it, and compare it without case.
    /// </summary>
    public static bool IsUnsafeUrl(string? url)
    {
        if (url is null)
        {
            return false;
        }

        var cleaned = url.TrimStart('\0', ' ', '\t', '\n', '\r', '\f', '\v').Replace("\t", "").Replace("\n", "").Replace("\r", "");
        var colon = cleaned.IndexOf(':');
        return colon > 0 && UnsafeSchemes.Contains(cleaned[..colon].ToLowerInvariant());
    }

    public static string LinkRemoved(string url) =>
        $"Linket til '{Shorten(url)}' kunne køre et program i læserens browser, så linket er fjernet, og kun teksten vises. " +
        "Skriv en adresse, der begynder med https://, eller fjern linket.";

    public static string ImageRemoved(string url) =>
        $"Billedet med adressen '{Shorten(url)}' er udeladt, for sådan en adresse kan ikke vises sikkert på sitet. " +
        "Brug en adresse, der begynder med https:// eller /, eller fjern billedet.";

    private static string Shorten(string url) => url.Length <= 40 ? url : url[..39] + "…";

    // A handler counts only inside something shaped like a tag, so prose such as "online = …" is
    // not reported; a script scheme counts when code follows directly or it stands where an address
    // would, so "JavaScript: et sprog" in a title is not reported either.
    [GeneratedRegex(
        """(?<script><script\b)|<[a-z][^\s/>]*(?:[\s/][^<>]*?)?[\s/"'](?<handler>on[a-z]+)\s*=|\b(?:java|vb)script:(?=\S)|(?<=[=("'<]\s*)(?:java|vb)script:""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
