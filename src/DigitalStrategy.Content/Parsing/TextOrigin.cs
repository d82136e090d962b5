using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Parsing;

/// <summary>Markdown as an editor wrote it, with the place it was written.</summary>
public sealed record MarkdownText(string Text, TextOrigin Origin);

/// <summary>
/// Where a text read from a source file stands in that file, so that a finding inside the text can
/// be reported at its own line and column. A YAML value may have been unfolded, unindented or
/// unescaped on the way, so the finding is placed by looking for the same characters in the file's
/// own text; when they cannot be found there, the start of the value is reported instead.
/// </summary>
public sealed class TextOrigin
{
    private const int NeedleLength = 40;

    private readonly SourceFile _file;
    private readonly (int Line, int Column) _from;
    private readonly (int Line, int Column)? _to;

    private TextOrigin(SourceFile file, (int Line, int Column) from, (int Line, int Column)? to)
    {
        _file = file;
        _from = from;
        _to = to;
        Start = new SourceLocation(file.DisplayPath, from.Line, from.Column);
    }

    /// <summary>Where the text begins: the value of a field, or the first line of a chapter's body.</summary>
    public SourceLocation Start { get; }

    /// <summary>A text that runs from the start of <paramref name="line"/> to the end of the file, such as a chapter's body.</summary>
    public static TextOrigin FromLine(SourceFile file, int line) => new(file, (line, 1), null);

    /// <param name="lineOffset">Lines before the YAML in its file, as for <see cref="YamlParser.ParseMapping"/>.</param>
    internal static TextOrigin Of(SourceFile file, YamlValue node, int lineOffset) => new(
        file,
        (node.Start.Line + lineOffset, node.Start.Column),
        (node.End.Line + lineOffset, node.End.Column));

    /// <summary>Where the character at <paramref name="offset"/> of <paramref name="text"/> was written.</summary>
    /// <param name="text">The text as it was read from this origin.</param>
    public SourceLocation Locate(string text, int offset)
    {
        var lineEnd = text.IndexOf('\n', offset);
        var needle = text[offset..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd();
        needle = needle[..Math.Min(needle.Length, NeedleLength)];
        if (needle.Length == 0)
        {
            return Start;
        }

        var source = _file.Text;
        var regionStart = OffsetOf(source, _from);
        var regionEnd = _to is { } to ? Math.Max(regionStart, OffsetOf(source, to)) : source.Length;
        var region = source[regionStart..regionEnd];

        // The same characters may stand several times in one text; the n-th in the text is the n-th in the file.
        var found = NthIndexOf(region, needle, Occurrences(text[..offset], needle));
        return found < 0 ? Start : LocationOf(source, regionStart + found);
    }

    private SourceLocation LocationOf(string source, int offset)
    {
        var lineStart = source.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1;
        var line = 1 + source.AsSpan(0, lineStart).Count('\n');
        return new SourceLocation(_file.DisplayPath, line, offset - lineStart + 1);
    }

    private static int OffsetOf(string source, (int Line, int Column) position)
    {
        var offset = 0;
        for (var line = 1; line < position.Line; line++)
        {
            var next = source.IndexOf('\n', offset);
            if (next < 0)
            {
                return source.Length;
            }

            offset = next + 1;
        }

        return Math.Min(offset + position.Column - 1, source.Length);
    }

    private static int Occurrences(string text, string needle)
    {
        var count = 0;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int NthIndexOf(string text, string needle, int n)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        for (var i = 0; i < n && at >= 0; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        return at;
    }
}
