using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace DigitalStrategy.Content.Comparison;

/// <summary>A word or a punctuation mark of a text, with the whitespace written before it.</summary>
internal readonly record struct TextToken(string Space, string Text);

/// <summary>The two ways the comparison of school years cuts a text into pieces.</summary>
internal static partial class TextTokens
{
    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>
    /// Words and single punctuation marks, for showing a diff. A word keeps the marks inside it
    /// ("3D-printere", "PC’er", "bl.a"), so it is shown changed as a whole; marks around words
    /// ("," "." "”") are tokens of their own, so an added comma is not a changed word.
    /// Whitespace is made single spaces and trimmed, so a line break in the YAML is no change.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<TextToken> ForDiff(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<TextToken>();
        foreach (Match match in DiffToken().Matches(ComposedForm(text)))
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<string> Words(string text)
    {
        // The runs of letters and digits (\p{L} and \p{N}), as the pattern [\p{L}\p{N}]+ finds them, without a regex.
        var normalized = ComposedForm(text);
        var words = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < normalized.Length; i++)
        {
            if (!IsWordCharacter(normalized[i]))
            {
                continue;
            }

            var start = i;
            while (i + 1 < normalized.Length && IsWordCharacter(normalized[i + 1]))
            {
                i++;
            }

            words.Add(normalized.Substring(start, i + 1 - start).ToLowerInvariant());
        }

        return words.DrainToImmutable();
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>
    /// The text in Unicode's composed form (NFC). A text with no character from U+0300 (where the
    /// combining marks begin) up is in that form already, as Danish texts nearly always are, and
    /// is not handed to ICU.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string ComposedForm(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u0300', '\uffff') < 0 ? text : text.Normalize(NormalizationForm.FormC);

    // A surrogate pair (an emoji) is one mark, so a diff never splits it into halves that are not text.
    [GeneratedRegex(@"(?<space>\s*)(?<token>[\p{L}\p{N}]+(?:['’\-./][\p{L}\p{N}]+)*|[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}])")]
    private static partial Regex DiffToken();
}
