using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Prose that Markdown leaves as it is: no character that can begin inline markup (emphasis and its
/// extras, code, links, HTML, entities, escapes, tables) and no line that could begin a block
/// (lists, also numbered or lettered ones, headings, quotes, code). Most texts of the sources, such
/// as nearly every action, are such prose, and what Markdig makes of them is known without parsing.
/// </summary>
internal static class MarkdownProse
{
    private static readonly SearchValues<char> MarkupCharacters = SearchValues.Create("\\`*_[]<>&~^+=|\0\t\r\f\v\u0085\u2028\u2029");

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>The text's plain text: the text itself, with its whitespace made single spaces; null when it is not prose.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? PlainText(string text) => IsProse(text) ? Normalized(text) : null;

    /// <summary>Whitespace of any kind and length made single spaces, and none at the ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Normalized(string text) =>
        IsNormalized(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Whether the text has no whitespace but single spaces between words, as most texts have; then it is its own normal form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsNormalized(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The HTML Markdig renders for the text, before it is trimmed: each run of lines between empty
    /// lines a paragraph, its lines trimmed and kept apart by line breaks, and '"' written as &amp;quot;.
    /// Null when the text is not prose, or has spaces at the end of a line (a hard line break) or
    /// other whitespace at either end of one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? Html(string text)
    {
        if (!IsProse(text))
        {
            return null;
        }

        var html = new StringBuilder(text.Length + 16);
        var inParagraph = false;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var content = line.TrimStart(' ');
            if (content.IsEmpty)
            {
                if (inParagraph)
                {
                    html.Append("</p>\n");
                    inParagraph = false;
                }

                continue;
            }

            if (char.IsWhiteSpace(content[0]) || char.IsWhiteSpace(content[^1]))
            {
                return null;
            }

            html.Append(inParagraph ? "\n" : "<p>");
            inParagraph = true;
            foreach (var c in content)
            {
                if (c == '"')
                {
                    html.Append("&quot;");
                }
                else
                {
                    html.Append(c);
                }
            }
        }

        return inParagraph ? html.Append("</p>\n").ToString() : html.ToString();
    }

    /// <summary>
    /// The HTML of a one-line text without its paragraph, when that is the text itself: prose on
    /// one line, with nothing to trim and no '"' to escape, as nearly every action is. Else null.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? InlineHtml(string text) =>
        text.AsSpan().IndexOfAny(InlineChangedCharacters) < 0 && !(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) && IsProse(text)
            ? text
            : null;

    private static readonly SearchValues<char> InlineChangedCharacters = SearchValues.Create("\"\n");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsProse(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkupCharacters) >= 0)
        {
            return false;
        }

        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var content = line.TrimStart(' ');
            if (content.IsEmpty)
            {
                continue;
            }

            var space = content.IndexOf(' ');
            var firstWord = space < 0 ? content : content[..space];
            if (line.Length - content.Length >= 4 || content[0] is '-' or '#' || firstWord[^1] is '.' or ')')
            {
                return false;
            }
        }

        return true;
    }
}
