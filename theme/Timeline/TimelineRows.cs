using System.Collections.Immutable;
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
        var groups = plan.IsFromAppendices ? AppendixGroups(strategy) : FocusAreaGroups(strategy, plan);
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

    /// <summary>In an appendix strategy each action belongs to its own school year; rows follow the categories.</summary>
    private static ImmutableArray<TimelineGroup> AppendixGroups(Strategy strategy) =>
    [
        .. strategy.Categories
            .Select(c => new TimelineGroup(c.Title, [.. strategy.Appendices.OrderBy(a => a.SchoolYear)
                .SelectMany(a => a.Actions.Where(x => x.Place is ActionPlace.InAppendix p && p.CategoryId == c.Id))
                .Select(a => ActionRow(strategy, a, plan: [((ActionPlace.InAppendix)a.Place).SchoolYear]))
                .OfType<TimelineRow>()]))
            .Where(g => !g.Rows.IsEmpty),
    ];

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
