using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Comparison;

/// <summary>
/// Finds goals of other municipalities that share themes with a goal. Built once per site, it looks
/// at a bounded window of each theme's goals, so a goal page costs the same on a site of five
/// municipalities as on one of a hundred, and the list stays short enough to read.
/// </summary>
public sealed class RelatedGoalIndex
{
    /// <summary>How many goals of each theme are compared with a goal. Windows of different goals
    /// start at different places, so together they spread the links over every municipality.</summary>
    private const int WindowPerTheme = 64;

    private static readonly ConditionalWeakTable<Site, RelatedGoalIndex> Indexes = [];

    private readonly FrozenDictionary<string, Entry[]> _byTheme;

    private RelatedGoalIndex(Site site)
    {
        var byTheme = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var municipality in site.Municipalities)
        {
            foreach (var strategy in municipality.Strategies)
            {
                foreach (var goal in strategy.Goals)
                {
                    var entry = new Entry(order++, municipality, strategy, goal);
                    foreach (var theme in goal.ThemeIds.Distinct(StringComparer.Ordinal))
                    {
                        if (!byTheme.TryGetValue(theme, out var entries))
                        {
                            byTheme[theme] = entries = [];
                        }

                        entries.Add(entry);
                    }
                }
            }
        }

        _byTheme = byTheme.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The index of <paramref name="site"/>, made on first use and kept as long as the site is.</summary>
    public static RelatedGoalIndex Of(Site site) => Indexes.GetValue(site, s => new RelatedGoalIndex(s));

    /// <summary>
    /// At most <paramref name="limit"/> goals of other municipalities, those sharing the most themes
    /// first, then in site order, and at most <paramref name="perMunicipality"/> from each
    /// municipality, so one municipality with many goals does not crowd out the others.
    /// </summary>
    public IReadOnlyList<RelatedGoal> Find(Goal goal, Strategy strategy, int perMunicipality, int limit)
    {
        var themes = goal.ThemeIds.ToHashSet(StringComparer.Ordinal);
        if (themes.Count == 0)
        {
            return [];
        }

        var start = StableHash(strategy.MunicipalityId, strategy.Id, goal.Id);
        var candidates = new Dictionary<int, Entry>();
        foreach (var theme in themes)
        {
            if (!_byTheme.TryGetValue(theme, out var entries))
            {
                continue;
            }

            var offset = entries.Length > WindowPerTheme ? (int)(start % (uint)entries.Length) : 0;
            for (var i = 0; i < Math.Min(entries.Length, WindowPerTheme); i++)
            {
                var entry = entries[(offset + i) % entries.Length];
                if (entry.Municipality.Id != strategy.MunicipalityId)
                {
                    candidates.TryAdd(entry.Order, entry);
                }
            }
        }

        return candidates.Values
            .OrderBy(e => e.Order)
            .Select(e => new RelatedGoal(e.Municipality, e.Strategy, e.Goal, [.. e.Goal.ThemeIds.Where(themes.Contains).Distinct(StringComparer.Ordinal)]))
            .GroupBy(r => r.Municipality.Id, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(r => r.SharedThemes.Length).Take(perMunicipality))
            .OrderByDescending(r => r.SharedThemes.Length)
            .Take(limit)
            .ToList();
    }

    /// <summary>FNV-1a: string.GetHashCode differs between runs, and the site must not.</summary>
    private static uint StableHash(params ReadOnlySpan<string> parts)
    {
        var hash = 2166136261;
        foreach (var part in parts)
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 16777619;
            }

            hash = (hash ^ '/') * 16777619;
        }

        return hash;
    }

    private sealed record Entry(int Order, Municipality Municipality, Strategy Strategy, Goal Goal);
}
