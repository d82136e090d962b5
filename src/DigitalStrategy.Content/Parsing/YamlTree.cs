using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DigitalStrategy.Content.Parsing;

/// <summary>A place in a YAML text: 1-based line and column, columns counted in UTF-16 code units as YamlDotNet counts them.</summary>
internal readonly record struct YamlMark(int Line, int Column);

/// <summary>
/// A node of a YAML text as the loaders read it: a text, a list or a mapping, with where it starts
/// and ends. A text ends after its last character (a literal '|' text at the start of the line after
/// it); a list or mapping ends where it starts, as in YamlDotNet's tree.
/// </summary>
internal abstract record YamlValue(YamlMark Start, YamlMark End);

/// <summary>A scalar. Its value is null only where YamlDotNet gives null.</summary>
internal sealed record YamlText(string? Value, YamlMark Start, YamlMark End) : YamlValue(Start, End);

internal sealed record YamlList(ImmutableArray<YamlValue> Items, YamlMark Start) : YamlValue(Start, Start);

/// <summary>One field of a mapping.</summary>
/// <param name="Name">The key's text when the key is a text without a tag, which is how fields are looked up; otherwise null.</param>
internal sealed record YamlEntry(YamlValue Key, string? Name, YamlValue Value);

internal sealed record YamlMap(ImmutableArray<YamlEntry> Entries, YamlMark Start) : YamlValue(Start, Start)
{
    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>The value of the field named <paramref name="name"/>; mappings are a few fields long, so they are searched in order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public YamlValue? Find(string name)
    {
        foreach (var entry in Entries)
        {
            if (entry.Name == name)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
