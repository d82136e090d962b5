using System.Collections.Concurrent;
using System.Collections.Immutable;
using DigitalStrategy.Content.Comparison;

namespace DigitalStrategy.Content.Model;

/// <summary>A measurable target (or one of its steps) that falls due in a school year.</summary>
/// <param name="Milestone">The step that falls due, or null when it is the target's own deadline.</param>
public sealed record DueTarget(Goal Goal, MeasurableTarget Target, Milestone? Milestone, Timeframe When);

/// <summary>What a strategy does in one school year: its actions and the targets that fall due.</summary>
/// <param name="Appendix">The appendix the editor wrote for the year, when the strategy has them (Lemvig).</param>
public sealed record SchoolYearEntry(
    SchoolYear Year,
    ImmutableArray<StrategyAction> Actions,
    ImmutableArray<DueTarget> Targets,
    AnnualAppendix? Appendix);

/// <summary>
/// A strategy laid out along school years. Strategies with annual appendices have exactly the
/// years of their appendices, as written. The others get the years their parsed timeframes
/// reach: an action falls in every school year its timeframe shares a day with, and a target in
/// the school year its deadline falls in. Open ends and undated ongoing work are bounded by the
/// strategy's period, or else by the years the dated items reach. A strategy with nothing dated
/// has no school years.
/// </summary>
public sealed class SchoolYearPlan
{
    /// <summary>More school years than this means a timeframe is mistyped ("2016-2060"); the plan keeps the first ones.</summary>
    public const int MaxYears = 12;

    private readonly ConcurrentDictionary<SchoolYear, ActionComparison> _changes = new();

    /// <summary>The school years of each action, by identity, so pages that ask for every action do not search every year.</summary>
    private readonly Dictionary<StrategyAction, ImmutableArray<SchoolYear>> _yearsByAction;

    private SchoolYearPlan(Strategy strategy, ImmutableArray<SchoolYearEntry> years, ImmutableArray<StrategyAction> undated)
    {
        Strategy = strategy;
        Years = years;
        Undated = undated;
        _yearsByAction = years
            .SelectMany(y => y.Actions.Select(a => (Action: a, y.Year)))
            .GroupBy<(StrategyAction Action, SchoolYear Year), StrategyAction>(p => p.Action, ReferenceEqualityComparer.Instance)
            .ToDictionary<IGrouping<StrategyAction, (StrategyAction Action, SchoolYear Year)>, StrategyAction, ImmutableArray<SchoolYear>>(
                g => g.Key, g => [.. g.Select(p => p.Year)], ReferenceEqualityComparer.Instance);
    }

    public Strategy Strategy { get; }

    /// <summary>The school years in order, without gaps.</summary>
    public ImmutableArray<SchoolYearEntry> Years { get; }

    /// <summary>Actions that no school year holds: no timeframe, or one that tells no time.</summary>
    public ImmutableArray<StrategyAction> Undated { get; }

    public bool IsEmpty => Years.IsEmpty;

    /// <summary>True when the years are the editor's own appendices rather than derived from timeframes.</summary>
    public bool IsFromAppendices => !Years.IsEmpty && Years[0].Appendix is not null;

    public SchoolYearEntry? Find(SchoolYear year) => Years.FirstOrDefault(y => y.Year == year);

    /// <summary>The entry before <paramref name="entry"/>, or null for the first.</summary>
    public SchoolYearEntry? Before(SchoolYearEntry entry)
    {
        var index = Years.IndexOf(entry);
        return index > 0 ? Years[index - 1] : null;
    }

    public SchoolYearEntry? After(SchoolYearEntry entry)
    {
        var index = Years.IndexOf(entry);
        return index >= 0 && index < Years.Length - 1 ? Years[index + 1] : null;
    }

    /// <summary>
    /// What changed since the school year before <paramref name="entry"/>: new, continued and
    /// dropped actions; null for the first year. Computed once per year, as several pages ask.
    /// </summary>
    public ActionComparison? Changes(SchoolYearEntry entry) =>
        Before(entry) is { } previous
            ? _changes.GetOrAdd(entry.Year, _ => ActionComparison.Of(previous.Actions, entry.Actions))
            : null;

    /// <summary>The school years an action falls in, in order.</summary>
    public IEnumerable<SchoolYear> YearsOf(StrategyAction action) => _yearsByAction.GetValueOrDefault(action, []);

    public static SchoolYearPlan For(Strategy strategy) =>
        strategy.Appendices.IsEmpty ? FromTimeframes(strategy) : FromAppendices(strategy);

    private static SchoolYearPlan FromAppendices(Strategy strategy)
    {
        var years = strategy.Appendices
            .OrderBy(a => a.SchoolYear)
            .Select(a => new SchoolYearEntry(a.SchoolYear, a.Actions, TargetsDue(strategy, a.SchoolYear), a))
            .ToImmutableArray();
        var undated = strategy.FocusAreas.SelectMany(f => f.Actions).ToImmutableArray();
        return new SchoolYearPlan(strategy, years, undated);
    }

    private static SchoolYearPlan FromTimeframes(Strategy strategy)
    {
        var actions = strategy.Actions.ToList();
        var range = Range(strategy, actions);
        if (range is not var (first, last))
        {
            return new SchoolYearPlan(strategy, [], [.. actions]);
        }

        var years = Enumerable.Range(first.StartYear, last.StartYear - first.StartYear + 1)
            .Select(start => new SchoolYear(start))
            .Select(year => new SchoolYearEntry(
                year,
                [.. actions.Where(a => a.Timeframe is { } t && t.Overlaps(year))],
                TargetsDue(strategy, year),
                null))
            .ToImmutableArray();
        var undated = actions.Where(a => !years.Any(y => y.Actions.Contains(a))).ToImmutableArray();
        return new SchoolYearPlan(strategy, years, undated);
    }

    /// <summary>The first and last school year: the period's when it has both ends, else what the dated items reach.</summary>
    private static (SchoolYear First, SchoolYear Last)? Range(Strategy strategy, List<StrategyAction> actions)
    {
        var dates = actions.Select(a => a.Timeframe)
            .Concat(Targets(strategy).Select(t => (Timeframe?)t.When))
            .OfType<Timeframe>()
            .Where(t => t.IsParsed)
            .SelectMany(t => new[] { t.Start, t.End })
            .OfType<DateOnly>()
            .ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var first = SchoolYear.Containing(strategy.Period?.Start ?? dates.Min());
        var last = SchoolYear.Containing(strategy.Period?.End ?? dates.Max());
        if (last.CompareTo(first) < 0)
        {
            return null;
        }

        return (first, last.StartYear - first.StartYear >= MaxYears ? new SchoolYear(first.StartYear + MaxYears - 1) : last);
    }

    private static ImmutableArray<DueTarget> TargetsDue(Strategy strategy, SchoolYear year) =>
        [.. Targets(strategy).Where(t => DueDay(t.When) is { } day && year.Contains(day))];

    /// <summary>Every target and every step of one, with the timeframe it falls due in.</summary>
    private static IEnumerable<DueTarget> Targets(Strategy strategy)
    {
        foreach (var goal in strategy.Goals)
        {
            foreach (var target in goal.Targets)
            {
                foreach (var milestone in target.Milestones)
                {
                    yield return new DueTarget(goal, target, milestone, milestone.When);
                }

                if (target.Deadline is { } deadline)
                {
                    yield return new DueTarget(goal, target, null, deadline);
                }
            }
        }
    }

    /// <summary>A target is due on the last day its timeframe names ("med udgangen af 2017": 31 December 2017).</summary>
    private static DateOnly? DueDay(Timeframe when) => when.IsParsed ? when.End ?? when.Start : null;
}
