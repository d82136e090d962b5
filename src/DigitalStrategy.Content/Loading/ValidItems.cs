using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DigitalStrategy.Content.Loading;

/// <summary>The items of a list that read as valid, in order; the invalid ones have reported why.</summary>
internal static class ValidItems
{
    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>Like Select, OfType and ToImmutableArray, without their intermediate copies: a file's lists are read thousands of times.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<T> Of<TSource, T>(IReadOnlyList<TSource> items, Func<TSource, T?> read)
        where T : class
    {
        if (items.Count == 0)
        {
            return [];
        }

        var valid = ImmutableArray.CreateBuilder<T>(items.Count);
        foreach (var item in items)
        {
            if (read(item) is { } value)
            {
                valid.Add(value);
            }
        }

        return valid.Count == valid.Capacity ? valid.MoveToImmutable() : valid.ToImmutable();
    }
}
