using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DigitalStrategy.Content.Comparison;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.OpenData;

/// <summary>
/// Turns a strategy of the content model into its open data, with the ids and addresses the site
/// uses. Addresses are absolute when the site has a base address, else root-relative. Nothing
/// depends on the build date, so the same sources always give the same data.
/// </summary>
public sealed class StrategyDataBuilder(Site site)
{
    public const int SchemaVersion = 1;

    public string Address(string path) =>
        site.Settings.BaseUrl is { } baseUrl ? baseUrl.TrimEnd('/') + path : path;

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public StrategyData Build(Municipality municipality, Strategy strategy)
    {
        var plan = strategy.SchoolYears;
        var changes = ChangesOf(strategy, plan);
        return new StrategyData(
            Address(SiteRoutes.OpenDataSchema),
            SchemaVersion,
            new MunicipalityData(municipality.Id, municipality.Name, Address(SiteRoutes.Municipality(municipality))),
            Info(municipality, strategy),
            [.. strategy.FocusAreas.Select(f => FocusArea(strategy, f))],
            [.. strategy.Categories.Select(c => new CategoryData(c.Id, c.Title))],
            [.. strategy.Appendices.Select(a => new AppendixData(
                a.SchoolYear.ToString(), a.Number, a.Title, [.. a.Actions.Select(x => x.Id)], Address(SiteRoutes.Appendix(strategy, a))))],
            [.. ThemesUsedBy(strategy).Select(t => new ThemeData(t.Id, t.Title, Address(SiteRoutes.Theme(t))))],
            [.. strategy.Goals.Select(g => Goal(municipality, strategy, g))],
            [.. strategy.Actions.Select(a => Action(strategy, plan, changes, a))]);
    }

    private StrategyInfo Info(Municipality municipality, Strategy strategy) => new(
        strategy.Id,
        strategy.Title,
        strategy.ShortTitle,
        strategy.Summary?.PlainText,
        strategy.Owner,
        strategy.Status switch
        {
            StrategyStatus.Current => "gældende",
            StrategyStatus.Previous => "tidligere",
            _ => null,
        },
        Timeframe(strategy.Period),
        strategy.Adoption is { } adoption ? new AdoptionData(adoption.By, adoption.Date) : null,
        strategy.ReviewCadence,
        new ScopeData(strategy.Scope.AgeRange, strategy.Scope.Areas, [.. strategy.Scope.Institutions.Select(i => i.Value)]),
        municipality.InstitutionOf(strategy) is { } institution
            ? new InstitutionData(institution.Id, institution.Name, Address(SiteRoutes.Institution(municipality, institution)))
            : null,
        new VocabularyData(
            strategy.Vocabulary.FocusArea, strategy.Vocabulary.FocusAreas, strategy.Vocabulary.Goal,
            strategy.Vocabulary.Goals, strategy.Vocabulary.Action, strategy.Vocabulary.Actions),
        Address(SiteRoutes.Strategy(strategy)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private FocusAreaData FocusArea(Strategy strategy, FocusArea focusArea) => new(
        focusArea.Id,
        focusArea.Title,
        TargetGroupsOf(focusArea.TargetGroups),
        [.. focusArea.Goals.Select(g => g.Id)],
        [.. focusArea.Actions.Select(a => a.Id)],
        Address(SiteRoutes.FocusArea(strategy, focusArea)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private GoalData Goal(Municipality municipality, Strategy strategy, Goal goal) => new(
        goal.Id,
        goal.Number,
        goal.Title,
        goal.FocusAreaId,
        goal.Explanation?.PlainText,
        [.. goal.Sections.Select(s => new LabelledTextData(s.Title, s.Text.PlainText))],
        TargetGroupsOf(goal.TargetGroups),
        [.. goal.Targets.Select(t => new TargetData(
            t.Who,
            t.What.PlainText,
            Timeframe(t.Deadline),
            [.. t.Milestones.Select(m => new MilestoneData(Timeframe(m.When)!, m.Percent, m.Text))]))],
        [.. goal.ThemeIds],
        [.. municipality.GoalsImplementedBy(goal).Select(r => new GoalReferenceData(r.Strategy.Id, r.Goal.Id, Address(SiteRoutes.Goal(r.Strategy, r.Goal))))],
        [.. strategy.ActionsServing(goal).Select(a => a.Id)],
        Address(SiteRoutes.Goal(strategy, goal)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ActionData Action(Strategy strategy, SchoolYearPlan plan, IReadOnlyDictionary<StrategyAction, ContinuedAction?> changes, StrategyAction action)
    {
        var inAppendix = action.Place as ActionPlace.InAppendix;
        var change = changes.TryGetValue(action, out var continued) ? continued : null;
        return new ActionData(
            action.Id,
            action.Text.PlainText,
            (action.Place as ActionPlace.InFocusArea)?.FocusAreaId,
            inAppendix?.SchoolYear.ToString(),
            inAppendix?.CategoryId,
            action.Group,
            action.Owner,
            Timeframe(action.Timeframe),
            [.. plan.YearsOf(action).Select(y => y.ToString())],
            action.Status,
            changes.ContainsKey(action) ? (change is null ? "new" : "continuing") : null,
            change?.Previous.Id,
            [.. action.Areas.Select(a => a.Value)],
            [.. action.GoalIds],
            [.. action.ThemeIds],
            Address(SiteRoutes.Action(strategy, action)));
    }

    /// <summary>
    /// For each appendix action that has an appendix before it: the action of the year before it
    /// continues, or null when it is new; the same comparison the appendix pages show.
    /// </summary>
    private static Dictionary<StrategyAction, ContinuedAction?> ChangesOf(Strategy strategy, SchoolYearPlan plan)
    {
        var changes = new Dictionary<StrategyAction, ContinuedAction?>(ReferenceEqualityComparer.Instance);
        if (!plan.IsFromAppendices)
        {
            return changes;
        }

        foreach (var entry in plan.Years)
        {
            if (plan.Changes(entry) is not { } comparison)
            {
                continue;
            }

            foreach (var action in comparison.New)
            {
                changes[action] = null;
            }

            foreach (var continued in comparison.Continued)
            {
                changes[continued.Current] = continued;
            }
        }

        return changes;
    }

    /// <summary>The site's themes that the strategy's goals or actions name, in the site's order.</summary>
    private IEnumerable<Content.Model.Theme> ThemesUsedBy(Strategy strategy)
    {
        var used = strategy.Goals.SelectMany(g => g.ThemeIds).Concat(strategy.Actions.SelectMany(a => a.ThemeIds)).ToHashSet(StringComparer.Ordinal);
        return site.Themes.Where(t => used.Contains(t.Id));
    }

    /// <summary>Target groups as editors write them ("børn", "forældre").</summary>
    private static ImmutableArray<string> TargetGroupsOf(ImmutableArray<TargetGroup> groups) =>
        [.. groups.Select(g => g.Label().ToLowerInvariant())];

    private static TimeframeData? Timeframe(Timeframe? timeframe) => timeframe is null ? null : new TimeframeData(
        timeframe.Text,
        timeframe.Kind switch
        {
            TimeframeKind.Period => "period",
            TimeframeKind.Ongoing => "ongoing",
            TimeframeKind.Started => "started",
            _ => "unparsed",
        },
        timeframe.Start is { } start ? DanishDate.Iso(start) : null,
        timeframe.End is { } end ? DanishDate.Iso(end) : null);
}
