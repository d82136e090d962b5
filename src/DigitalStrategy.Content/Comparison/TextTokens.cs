using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace DigitalStrategy.Content.Comparison;

/// <summary>A word or a punctuation mark of a text, with the whitespace written before it.</summary>
internal readonly record struct TextToken(string Space, string Text);

/// <summary>The two ways the comparison of school years cuts a text into pieces.</summary>
internal static partial class TextTokens
{
    /// <summary>
    /// Words and single punctuation marks, for showing a diff. A word keeps the marks inside it
    /// ("3D-printere", "PC’er", "bl.a"), so it is shown changed as a whole; marks around words
    /// ("," "." "”") are tokens of their own, so an added comma is not a changed word.
    /// Whitespace is made single spaces and trimmed, so a line break in the YAML is no change.
    /// </summary>
    public static ImmutableArray<TextToken> ForDiff(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<TextToken>();
        foreach (Match match in DiffToken().Matches(text.Normalize(NormalizationForm.FormC)))
        {
            var space = tokens.Count > 0 && match.Groups["space"].Length > 0 ? " " : "";
            tokens.Add(new TextToken(space, match.Groups["token"].Value));
        }

        return tokens.ToImmutable();
    }

    /// <summary>
    /// The words of a text in lower case, cut at every mark that is not a letter or digit, for
    /// telling whether two texts say the same: "3D-printere" and "3D printere" are the same words.
    /// </summary>
    public static ImmutableArray<string> Words(string text) =>
        [.. Word().Matches(text.Normalize(NormalizationForm.FormC)).Select(m => m.Value.ToLowerInvariant())];

    // A surrogate pair (an emoji) is one mark, so a diff never splits it into halves that are not text.
    [GeneratedRegex(@"(?<space>\s*)(?<token>[\p{L}\p{N}]+(?:['’\-./][\p{L}\p{N}]+)*|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}])")]
    private static partial Regex DiffToken();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
