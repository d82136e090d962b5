using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>A goal and the actions that serve it in the current school year.</summary>
public sealed record GoalCoverage(Goal Goal, ImmutableArray<StrategyAction> AllActions, ImmutableArray<StrategyAction> ActionsThisYear)
{
    public bool IsServedThisYear => !ActionsThisYear.IsEmpty;
}

/// <summary>Actions written together (under one focus area, or in one appendix) that serve no goal.</summary>
/// <param name="Source">The focus area's or appendix's file, where a whole group is reported at once.</param>
public sealed record UnlinkedActions(string Place, SourceLocation Source, int ActionCount, ImmutableArray<StrategyAction> Actions)
{
    /// <summary>True when none of the group's actions names a goal: the editor is told once, not for each action.</summary>
    public bool IsWholeGroup => Actions.Length == ActionCount && ActionCount > 1;
}

/// <summary>
/// How well a strategy's actions cover its goals in the current school year, for editors: the
/// warnings of 'check' and the report under /redaktion/. An action serves a goal in the school
/// year when it falls in that year by its appendix or timeframe, or has no time at all (then it
/// runs for the whole strategy). Strategies whose period has ended are not reviewed.
/// </summary>
public sealed record StrategyCoverage(
    Strategy Strategy,
    SchoolYear CurrentYear,
    bool IsReviewed,
    bool HasCurrentYear,
    ImmutableArray<GoalCoverage> Goals,
    ImmutableArray<UnlinkedActions> Unlinked)
{
    /// <summary>True when the strategy lays out school years but none is the current one: nothing is planned for now.</summary>
    public bool LacksCurrentYear => IsReviewed && !Strategy.SchoolYears.IsEmpty && !HasCurrentYear;

    public IEnumerable<GoalCoverage> GoalsNotServed => IsReviewed && !LacksCurrentYear ? Goals.Where(g => !g.IsServedThisYear) : [];

    public static StrategyCoverage For(Strategy strategy, DateOnly today)
    {
        var current = SchoolYear.Containing(today);
        var plan = strategy.SchoolYears;
        var entry = plan.Find(current);
        var goals = strategy.Goals
            .Select(g =>
            {
                var all = strategy.ActionsServing(g);
                return new GoalCoverage(g, all, [.. all.Where(a => entry?.Actions.Contains(a) == true || IsTimeless(a))]);
            })
            .ToImmutableArray();
        var unlinked = strategy.FocusAreas
            .Select(f => UnlinkedIn(f.Title, f.Source, f.Actions))
            .Concat(strategy.Appendices.Select(a => UnlinkedIn($"Skoleåret {a.SchoolYear}", a.Source, a.Actions)))
            .Where(u => !u.Actions.IsEmpty)
            .ToImmutableArray();
        return new StrategyCoverage(strategy, current, strategy.StatusOn(today) != StrategyStatus.Previous, entry is not null, goals, unlinked);
    }

    /// <summary>An action outside any appendix and without a timeframe runs for the whole strategy.</summary>
    private static bool IsTimeless(StrategyAction action) => action.Place is ActionPlace.InFocusArea && action.Timeframe is null;

    private static UnlinkedActions UnlinkedIn(string place, SourceLocation source, ImmutableArray<StrategyAction> actions) =>
        new(place, source, actions.Length, [.. actions.Where(a => a.Goals.IsEmpty)]);
}
