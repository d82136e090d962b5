using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Reads the plain YAML the source files are written in, many times faster than YamlDotNet, into
/// the same values at the same places: block mappings with simple keys, block lists, one-line flow
/// lists, plain texts (also over several lines), one-line quoted texts and literal '|' texts. It
/// declines everything else (anchors, tags, folded texts, flow mappings, tabs, document markers)
/// and every mistake, and then YamlDotNet reads the text and words the error, so what is read and
/// what is reported never depends on which of the two read it.
/// </summary>
internal sealed partial class SimpleYamlReader
{
    /// <summary>Deeper than any source file nests; YamlDotNet decides what to make of more.</summary>
    private const int MaxDepth = 16;

    private readonly string _text;
    private readonly int[] _lineStarts;
    private int _line;
    private int _depth;

    private SimpleYamlReader(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The text's top-level mapping, or null when the text is not of the plain kind this reader knows.</summary>
    public static YamlMap? TryRead(string text)
    {
        if (text.AsSpan().IndexOfAny('\t', '\r', '\uFEFF') >= 0)
        {
            return null;
        }

        try
        {
            return new SimpleYamlReader(text).ReadDocument();
        }
        catch (NotSimpleException)
        {
            return null;
        }
    }

    private int LineCount => _lineStarts.Length;

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlMap ReadDocument()
    {
        for (var line = 0; line < LineCount; line++)
        {
            var start = _lineStarts[line];
            if (At(start, "---") || At(start, "...") || At(start, "%"))
            {
                throw new NotSimpleException();
            }
        }

        SkipBlankLines();
        if (_line == LineCount || Indent(_line) != 0)
        {
            throw new NotSimpleException();
        }

        var map = ReadMapping(0, firstKeyAt: null);
        SkipBlankLines();
        return _line == LineCount ? map : throw new NotSimpleException();
    }

    /// <summary>A block mapping whose keys stand at column <paramref name="indent"/>; the first may stand on the current line after a '- '.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlMap ReadMapping(int indent, int? firstKeyAt)
    {
        Enter();
        var entries = ImmutableArray.CreateBuilder<YamlEntry>();
        YamlMark? start = null;
        if (firstKeyAt is { } at)
        {
            start = Mark(at);
            entries.Add(ReadEntry(at, indent, entries));
        }

        while (true)
        {
            SkipBlankLines();
            if (_line == LineCount || Indent(_line) < indent)
            {
                break;
            }

            if (Indent(_line) > indent)
            {
                throw new NotSimpleException();
            }

            var keyAt = _lineStarts[_line] + indent;
            start ??= Mark(keyAt);
            entries.Add(ReadEntry(keyAt, indent, entries));
        }

        _depth--;
        return new YamlMap(entries.ToImmutable(), start!.Value);
    }

    /// <summary>'key: value', with the value on the same line or on the lines below.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlEntry ReadEntry(int keyAt, int indent, ImmutableArray<YamlEntry>.Builder entries)
    {
        var keyEnd = KeyEnd(keyAt) ?? throw new NotSimpleException();
        var name = _text[keyAt..keyEnd];
        foreach (var entry in entries)
        {
            if (entry.Name == name)
            {
                throw new NotSimpleException();
            }
        }

        var key = new YamlText(name, Mark(keyAt), Mark(keyEnd));
        return new YamlEntry(key, name, ReadValue(keyEnd + 1, indent, inMapping: true));
    }

    /// <summary>
    /// The value after a ':' or '- ' that ends at <paramref name="from"/>: on the same line, or a
    /// block on the lines below indented more than <paramref name="indent"/> (or, in a mapping, a
    /// list at the mapping's own indentation).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue ReadValue(int from, int indent, bool inMapping)
    {
        var at = SkipSpaces(from);
        if (at < LineEnd(_line) && _text[at] == '#')
        {
            throw new NotSimpleException();
        }

        if (at == LineEnd(_line))
        {
            var emptyAt = Mark(from);
            _line++;
            SkipBlankLines();
            if (_line < LineCount && Indent(_line) > indent)
            {
                return ReadBlock(Indent(_line));
            }

            if (inMapping && _line < LineCount && Indent(_line) == indent && IsListItem(_line))
            {
                return ReadList(indent);
            }

            // A field with no value: YamlDotNet gives an empty text right after the ':'.
            return inMapping ? new YamlText("", emptyAt, emptyAt) : throw new NotSimpleException();
        }

        YamlValue value;
        if (_text[at] == '|')
        {
            return ReadLiteral(at, indent);
        }
        else if (_text[at] == '[')
        {
            value = ReadFlowList(at);
        }
        else if (_text[at] is '"' or '\'')
        {
            value = ReadQuoted(at);
        }
        else if (!inMapping && KeyEnd(at) is not null)
        {
            // '- key: value' starts a mapping whose keys stand where this one does.
            return ReadMapping(at - _lineStarts[_line], firstKeyAt: at);
        }
        else
        {
            value = ReadPlain(at, indent);
        }

        // Nothing may follow a one-line value indented under it.
        SkipBlankLines();
        return _line < LineCount && Indent(_line) > indent ? throw new NotSimpleException() : value;
    }

    /// <summary>A block mapping or list whose first line (the current one) is indented by <paramref name="indent"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue ReadBlock(int indent) =>
        IsListItem(_line) ? ReadList(indent) : ReadMapping(indent, firstKeyAt: null);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlList ReadList(int indent)
    {
        Enter();
        var start = Mark(_lineStarts[_line] + indent);
        var items = ImmutableArray.CreateBuilder<YamlValue>();
        while (true)
        {
            SkipBlankLines();
            if (_line == LineCount || Indent(_line) < indent || !IsListItem(_line))
            {
                break;
            }

            if (Indent(_line) > indent)
            {
                throw new NotSimpleException();
            }

            var dash = _lineStarts[_line] + indent;
            var first = SkipSpaces(dash + 1);
            if (first < LineEnd(_line) && _text[first] is '-' or '?' or ':')
            {
                throw new NotSimpleException();
            }

            items.Add(ReadValue(dash + 1, indent, inMapping: false));
        }

        _depth--;
        return new YamlList(items.ToImmutable(), start);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsListItem(int line)
    {
        var dash = _lineStarts[line] + Indent(line);
        return _text[dash] == '-' && (dash + 1 == LineEnd(line) || _text[dash + 1] == ' ');
    }

    /// <summary>Where a simple key ('title', 'short_title') starting at <paramref name="at"/> ends, when a ': ' or a ':' at the end of the line follows it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int? KeyEnd(int at)
    {
        var end = LineEnd(_line);
        if (at >= end || !(char.IsAsciiLetter(_text[at]) || _text[at] == '_'))
        {
            return null;
        }

        var i = at + 1;
        while (i < end && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-'))
        {
            i++;
        }

        return i < end && _text[i] == ':' && (i + 1 == end || _text[i + 1] == ' ') ? i : null;
    }

    /// <summary>The text is not of the plain kind; YamlDotNet reads it instead.</summary>
    private sealed class NotSimpleException : Exception;
}
