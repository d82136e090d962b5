using System.Runtime.CompilerServices;

namespace DigitalStrategy.Content.Parsing;

/// <summary>The lines, indentation and positions of the text <see cref="SimpleYamlReader"/> reads.</summary>
internal sealed partial class SimpleYamlReader
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipBlankLines()
    {
        while (_line < LineCount && IsBlankOrComment(_line))
        {
            _line++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool IsBlankOrComment(int line)
    {
        var at = _lineStarts[line] + Indent(line);
        return at == LineEnd(line) || _text[at] == '#';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Indent(int line)
    {
        var start = _lineStarts[line];
        return SkipSpaces(start) - start;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int SkipSpaces(int at)
    {
        var end = LineEnd(LineOf(at));
        while (at < end && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LineEnd(int line) => line + 1 < LineCount ? _lineStarts[line + 1] - 1 : _text.Length;

    /// <summary>The current line, or a later one when <paramref name="at"/> lies beyond it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LineOf(int at)
    {
        var line = _line < LineCount ? _line : LineCount - 1;
        while (line + 1 < LineCount && _lineStarts[line + 1] <= at)
        {
            line++;
        }

        return line;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlMark Mark(int at)
    {
        var line = LineOf(at);
        return new YamlMark(line + 1, at - _lineStarts[line] + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool At(int at, string text) => string.CompareOrdinal(_text, at, text, 0, text.Length) == 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new NotSimpleException();
        }
    }
}
