using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Stops YAML that nests deeper than any source file needs. YamlDotNet builds its node tree by
/// recursion, so a file of some ten thousand '[' would overflow the stack and end the whole
/// process before any message could be printed.
/// </summary>
internal sealed class DepthLimitedParser(IParser inner) : IParser
{
    /// <summary>The sources nest four deep (a focus area's goals, a goal, its target groups); this leaves room to spare.</summary>
    public const int MaxDepth = 32;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        if (inner.Current is SequenceStart or MappingStart)
        {
            if (++_depth > MaxDepth)
            {
                throw new TooDeepException(inner.Current.Start, inner.Current.End);
            }
        }
        else if (inner.Current is SequenceEnd or MappingEnd)
        {
            _depth--;
        }

        return true;
    }

    public sealed class TooDeepException(Mark start, Mark end)
        : YamlException(start, end, $"Nesting deeper than {MaxDepth} levels.");
}
