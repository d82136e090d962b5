using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DigitalStrategy.Content.Parsing;

/// <summary>The texts and one-line lists of <see cref="SimpleYamlReader"/>.</summary>
internal sealed partial class SimpleYamlReader
{
    /// <summary>Characters that make a plain text something else when it starts with them.</summary>
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>
    /// A plain text from <paramref name="at"/>, continued on the lines below that are indented more
    /// than <paramref name="indent"/>: each line trimmed, one line break read as a space, and each
    /// empty line between as a line break.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlText ReadPlain(int at, int indent)
    {
        var end = PlainEnd(at, LineEnd(_line), firstLine: true, out var commented);
        var start = Mark(at);
        var last = Mark(end);
        StringBuilder? value = null;
        var empty = 0;
        var line = _line + 1;
        var lastLine = _line;

        // A comment ends the text; what is indented under it is then a mistake, which ReadValue declines.
        for (; line < LineCount && !commented; line++)
        {
            var from = _lineStarts[line] + Indent(line);
            if (from == LineEnd(line))
            {
                empty++;
                continue;
            }

            if (Indent(line) <= indent || _text[from] == '#')
            {
                break;
            }

            var to = PlainEnd(from, LineEnd(line), firstLine: false, out _);
            value ??= new StringBuilder().Append(_text, at, end - at);
            value.Append(empty == 0 ? " " : new string('\n', empty)).Append(_text, from, to - from);
            last = Mark(to);
            empty = 0;
            lastLine = line;
        }

        _line = lastLine + 1;
        return new YamlText(value?.ToString() ?? _text[at..end], start, last);
    }

    /// <summary>Where a plain text on one line ends: before a comment and trailing spaces. Declines what would make it something else.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int PlainEnd(int from, int lineEnd, bool firstLine, out bool commented)
    {
        commented = false;
        var first = _text[from];
        if ((Indicators.Contains(first) && !(first is '-' or '?' or ':'))
            || (first is '-' or '?' or ':' && (from + 1 == lineEnd || _text[from + 1] == ' ' || !firstLine)))
        {
            throw new NotSimpleException();
        }

        var end = from;
        for (var i = from; i < lineEnd; i++)
        {
            var c = _text[i];
            if (c == '#' && _text[i - 1] == ' ')
            {
                // A comment ends the text; on a continued line it would end it in the middle.
                if (!firstLine)
                {
                    throw new NotSimpleException();
                }

                commented = true;
                break;
            }

            if (c == ':' && (i + 1 == lineEnd || _text[i + 1] == ' '))
            {
                throw new NotSimpleException();
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        return end;
    }

    /// <summary>A quoted text that ends on its own line, followed by nothing but a comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlText ReadQuoted(int at)
    {
        var (value, close) = Quoted(at, LineEnd(_line));
        var after = SkipSpaces(close + 1);
        if (after < LineEnd(_line) && !(_text[after] == '#' && after > close + 1))
        {
            throw new NotSimpleException();
        }

        var quoted = new YamlText(value, Mark(at), Mark(close + 1));
        _line++;
        return quoted;
    }

    /// <summary>The value of the quoted text starting at <paramref name="at"/> and where its closing quote stands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (string Value, int Close) Quoted(int at, int lineEnd)
    {
        var quote = _text[at];
        var value = new StringBuilder();
        for (var i = at + 1; i < lineEnd; i++)
        {
            var c = _text[i];
            if (c == quote && quote == '\'' && i + 1 < lineEnd && _text[i + 1] == '\'')
            {
                value.Append('\'');
                i++;
            }
            else if (c == quote)
            {
                return (value.ToString(), i);
            }
            else if (c == '\\' && quote == '"')
            {
                i = Escape(i + 1, lineEnd, value);
            }
            else
            {
                value.Append(c);
            }
        }

        throw new NotSimpleException();
    }

    /// <summary>Appends the escaped character of a double-quoted text; returns the index of its last character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Escape(int at, int lineEnd, StringBuilder value)
    {
        if (at >= lineEnd)
        {
            throw new NotSimpleException();
        }

        switch (_text[at])
        {
            case '"' or '\\' or '/' or ' ':
                value.Append(_text[at]);
                return at;
            case 'n':
                value.Append('\n');
                return at;
            case 't':
                value.Append('\t');
                return at;
            case 'u' when at + 4 < lineEnd
                && ushort.TryParse(_text.AsSpan(at + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                && !char.IsSurrogate((char)code):
                value.Append((char)code);
                return at + 4;
            default:
                throw new NotSimpleException();
        }
    }

    /// <summary>'[a, b, "c d"]' on one line, followed by nothing but a comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlList ReadFlowList(int at)
    {
        Enter();
        var end = LineEnd(_line);
        var items = ImmutableArray.CreateBuilder<YamlValue>();
        var i = SkipSpaces(at + 1);
        while (i < end && _text[i] != ']')
        {
            if (_text[i] is '"' or '\'')
            {
                var (value, close) = Quoted(i, end);
                items.Add(new YamlText(value, Mark(i), Mark(close + 1)));
                i = close + 1;
            }
            else
            {
                var itemEnd = FlowPlainEnd(i, end);
                items.Add(new YamlText(_text[i..itemEnd], Mark(i), Mark(itemEnd)));
                i = itemEnd;
            }

            i = SkipSpaces(i);
            if (i < end && _text[i] == ',')
            {
                i = SkipSpaces(i + 1);
                if (i < end && _text[i] is ',' or ']')
                {
                    throw new NotSimpleException();
                }
            }
            else if (i < end && _text[i] != ']')
            {
                throw new NotSimpleException();
            }
        }

        if (i == end)
        {
            throw new NotSimpleException();
        }

        var after = SkipSpaces(i + 1);
        if (after < end && !(_text[after] == '#' && after > i + 1))
        {
            throw new NotSimpleException();
        }

        var list = new YamlList(items.ToImmutable(), Mark(at));
        _line++;
        _depth--;
        return list;
    }

    /// <summary>Where a plain item of a flow list ends, before trailing spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int FlowPlainEnd(int from, int lineEnd)
    {
        if (Indicators.Contains(_text[from]))
        {
            throw new NotSimpleException();
        }

        var end = from;
        for (var i = from; i < lineEnd && _text[i] is not (',' or ']'); i++)
        {
            var c = _text[i];
            if (c is '[' or '{' or '}' || (c == '#' && _text[i - 1] == ' ') || c == ':')
            {
                throw new NotSimpleException();
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        return end;
    }

    /// <summary>
    /// A literal '|' text: the lines below indented as its first line is, with that indentation
    /// removed, empty lines kept inside, and one line break at the end. It ends at the start of the
    /// first line indented less, as in YamlDotNet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlText ReadLiteral(int at, int indent)
    {
        var first = _line + 1;
        if (SkipSpaces(at + 1) != LineEnd(_line) || first >= LineCount || IsBlank(first) || Indent(first) <= indent)
        {
            throw new NotSimpleException();
        }

        var start = Mark(at);
        var blockIndent = Indent(first);
        var value = new StringBuilder();
        var pendingBreaks = 0;
        var line = first;
        for (; line < LineCount; line++)
        {
            var length = LineEnd(line) - _lineStarts[line];
            if (length > blockIndent && Indent(line) >= blockIndent)
            {
                value.Append('\n', pendingBreaks).Append(_text, _lineStarts[line] + blockIndent, length - blockIndent);
                pendingBreaks = 1;
            }
            else if (IsBlank(line))
            {
                pendingBreaks++;
            }
            else
            {
                break;
            }
        }

        // A text running to the end of a file without a final line break keeps no break; YamlDotNet decides.
        if (line == LineCount && !_text.EndsWith('\n'))
        {
            throw new NotSimpleException();
        }

        var end = line < LineCount ? Mark(_lineStarts[line]) : Mark(_text.Length);
        _line = line;
        return new YamlText(value.Append('\n').ToString(), start, end);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsBlank(int line) => Indent(line) == LineEnd(line) - _lineStarts[line];
}
