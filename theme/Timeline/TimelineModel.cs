using System.Collections.Immutable;
using DigitalStrategy.Content.Comparison;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Timeline;

/// <summary>One line of the timeline: an action or a target, and what it says in each school year it touches.</summary>
/// <param name="Cells">The text for each school year the row is in ("i gang", "40 pct.", "frist").</param>
public sealed record TimelineRow(string Label, string Url, string? When, bool IsTarget, ImmutableDictionary<SchoolYear, string> Cells);

/// <summary>Rows under one heading: a focus area, a category of the appendices, or the targets.</summary>
public sealed record TimelineGroup(string Title, ImmutableArray<TimelineRow> Rows);

/// <summary>The timeline of a strategy: its school years and the rows along them, in reading order.</summary>
public sealed record TimelineModel(ImmutableArray<SchoolYear> Years, ImmutableArray<TimelineGroup> Groups)
{
    public const string Active = "i gang";

    public int RowCount => Groups.Sum(g => g.Rows.Length);

    public static TimelineModel For(Strategy strategy)
    {
        var plan = strategy.SchoolYears;
        var years = plan.Years.Select(y => y.Year).ToImmutableArray();
        var groups = plan.IsFromAppendices ? AppendixGroups(strategy, plan) : FocusAreaGroups(strategy, plan);
        var targets = TargetRows(strategy, plan);
        if (!targets.IsEmpty)
        {
            groups = groups.Add(new TimelineGroup("Konkrete mål", targets));
        }

        return new TimelineModel(years, groups);
    }

    private static ImmutableArray<TimelineGroup> FocusAreaGroups(Strategy strategy, SchoolYearPlan plan) =>
    [
        .. strategy.FocusAreas
            .Select(f => new TimelineGroup(f.Title, [.. f.Actions.Select(a => ActionRow(strategy, a, plan.YearsOf(a))).OfType<TimelineRow>()]))
            .Where(g => !g.Rows.IsEmpty),
    ];

    /// <summary>
    /// In an appendix strategy an action that continues one of the year before (same wording,
    /// similar wording or declared with 'continues') extends that action's row, so Microbit is
    /// one bar over two school years. Rows follow the categories of their first action, and show
    /// the latest wording.
    /// </summary>
    private static ImmutableArray<TimelineGroup> AppendixGroups(Strategy strategy, SchoolYearPlan plan)
    {
        var chains = new List<List<(SchoolYear Year, StrategyAction Action)>>();
        var chainOf = new Dictionary<StrategyAction, List<(SchoolYear, StrategyAction)>>(ReferenceEqualityComparer.Instance);
        foreach (var entry in plan.Years)
        {
            var continued = plan.Changes(entry)?.Continued.ToDictionary<ContinuedAction, StrategyAction, StrategyAction>(c => c.Current, c => c.Previous, ReferenceEqualityComparer.Instance);
            foreach (var action in entry.Actions)
            {
                if (continued?.GetValueOrDefault(action) is StrategyAction previous && chainOf.TryGetValue(previous, out var chain))
                {
                    chain.Add((entry.Year, action));
                }
                else
                {
                    chain = [(entry.Year, action)];
                    chains.Add(chain);
                }

                chainOf[action] = chain;
            }
        }

        return
        [
            .. strategy.Categories
                .Select(c => new TimelineGroup(c.Title, [.. chains
                    .Where(chain => chain[0].Action.Place is ActionPlace.InAppendix p && p.CategoryId == c.Id)
                    .Select(chain => new TimelineRow(
                        chain[^1].Action.Text.PlainText,
                        SiteRoutes.Action(strategy, chain[^1].Action),
                        null,
                        false,
                        chain.ToImmutableDictionary(link => link.Year, _ => Active)))]))
                .Where(g => !g.Rows.IsEmpty),
        ];
    }

    private static TimelineRow? ActionRow(Strategy strategy, StrategyAction action, IEnumerable<SchoolYear> plan)
    {
        var cells = plan.ToImmutableDictionary(y => y, _ => Active);
        return cells.IsEmpty
            ? null
            : new TimelineRow(action.Text.PlainText, SiteRoutes.Action(strategy, action), action.Timeframe?.Text, false, cells);
    }

    /// <summary>One row per target, with its steps and deadline in the school years they fall due.</summary>
    private static ImmutableArray<TimelineRow> TargetRows(Strategy strategy, SchoolYearPlan plan) =>
    [
        .. plan.Years
            .SelectMany(y => y.Targets.Select(t => (y.Year, Due: t)))
            .GroupBy(p => p.Due.Target)
            .Select(g =>
            {
                var due = g.First().Due;
                var label = due.Target.Who is { } who ? $"{who} {due.Target.What.PlainText}" : due.Target.What.PlainText;
                var cells = g.GroupBy(p => p.Year).ToImmutableDictionary(
                    y => y.Key,
                    y => string.Join(", ", y.Select(p => p.Due.Milestone is { Percent: { } percent } ? $"{percent:0.##} pct." : p.Due.Milestone?.Text ?? "frist")));
                return new TimelineRow(label, SiteRoutes.Goal(strategy, due.Goal), due.Target.Deadline?.Text, true, cells);
            }),
    ];
}
