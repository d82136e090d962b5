using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;
using DigitalStrategy.Theme.Search;

namespace DigitalStrategy.Build.Search;

/// <summary>
/// Makes the search records of a site: every goal, action, chapter, focus-area text and glossary
/// entry as a result of its own, addressed to its page and anchor, with plain text and filter
/// values. Navigation, footers and other repeated parts of pages are never part of a record.
/// </summary>
public static class SearchRecords
{
    public static IReadOnlyList<SearchRecord> Of(Site site)
    {
        var records = new List<SearchRecord>();
        foreach (var municipality in site.Municipalities)
        {
            foreach (var strategy in municipality.Strategies)
            {
                records.AddRange(strategy.Chapters.Select(c => Chapter(municipality, strategy, c)));
                records.AddRange(strategy.FocusAreas.Where(f => f.Introduction is not null || f.ActionsIntroduction is not null)
                    .Select(f => FocusArea(municipality, strategy, f)));
                records.AddRange(strategy.Goals.Select(g => Goal(site, municipality, strategy, g)));
                records.AddRange(strategy.Actions.Select(a => Action(site, municipality, strategy, a)));
                records.AddRange(strategy.Glossary.Select(t => GlossaryEntry(t, SiteRoutes.StrategyGlossaryTerm(strategy, t), municipality, strategy)));
            }
        }

        records.AddRange(site.Glossary.Select(t => GlossaryEntry(t, SiteRoutes.GlossaryTerm(t), null, null)));
        return WithCompoundParts(records);
    }

    /// <summary>Adds the later parts of compound words, from the vocabulary of all records together.</summary>
    private static List<SearchRecord> WithCompoundParts(List<SearchRecord> records)
    {
        var splitter = new CompoundSplitter(records.Select(r => r.Text));
        return records.Select(r => r with { CompoundParts = splitter.PartsOf(r.Text) }).ToList();
    }

    private static SearchRecord Goal(Site site, Municipality municipality, Strategy strategy, Goal goal)
    {
        var title = SearchTitles.Of(goal);
        var text = Join(
            [
                title,
                goal.Explanation?.PlainText,
                .. goal.Sections.Select(s => $"{s.Title}: {s.Text.PlainText}"),
                .. goal.Targets.Select(t => Join([t.Who, t.What.PlainText, t.Deadline?.Text])),
            ]);
        return new SearchRecord(
            SiteRoutes.Goal(strategy, goal),
            SearchKind.Goal,
            title,
            strategy.FindFocusArea(goal.FocusAreaId)?.Title,
            text,
            [],
            Filters(SearchKind.Goal, municipality, strategy, [], ThemeTitles(site, goal.ThemeIds), SearchFacets.TargetGroupsOf(strategy, goal)));
    }

    private static SearchRecord Action(Site site, Municipality municipality, Strategy strategy, StrategyAction action)
    {
        var plain = action.Text.PlainText;
        var goals = action.GoalIds.Select(strategy.FindGoal).OfType<Goal>().ToList();
        var context = action.Place switch
        {
            ActionPlace.InAppendix p => Join([$"Skoleåret {p.SchoolYear}", strategy.FindCategory(p.CategoryId)?.Title], " · "),
            ActionPlace.InFocusArea p => Join([strategy.FindFocusArea(p.FocusAreaId)?.Title, AreasOf(action)], " · "),
            _ => null,
        };
        var text = Join(
            [
                plain,
                action.Owner is { } owner ? $"Ansvarlig: {owner}" : null,
                action.Timeframe is { } when ? $"Tidsramme: {when.Text}" : null,
                action.Status,
            ]);
        var targetGroups = goals.SelectMany(g => SearchFacets.TargetGroupsOf(strategy, g));
        if (action.Place is ActionPlace.InFocusArea inFocusArea && strategy.FindFocusArea(inFocusArea.FocusAreaId) is { } focusArea)
        {
            targetGroups = targetGroups.Concat(focusArea.TargetGroups);
        }

        return new SearchRecord(
            SiteRoutes.Action(strategy, action),
            SearchKind.Action,
            SearchTitles.Of(action),
            context,
            text,
            [],
            Filters(
                SearchKind.Action,
                municipality,
                strategy,
                strategy.SchoolYears.YearsOf(action).Select(y => y.ToString()),
                ThemeTitles(site, action.ThemeIds.Concat(goals.SelectMany(g => g.ThemeIds))),
                targetGroups));
    }

    private static SearchRecord Chapter(Municipality municipality, Strategy strategy, Chapter chapter)
    {
        var title = chapter.AppendixNumber is { } number ? $"Bilag {number}: {chapter.Title}" : chapter.Title;
        return new SearchRecord(
            SiteRoutes.Chapter(strategy, chapter),
            SearchKind.Chapter,
            title,
            strategy.Title,
            Join([title, chapter.Body.PlainText]),
            [],
            Filters(SearchKind.Chapter, municipality, strategy, [], [], []));
    }

    /// <summary>A focus area's own prose (its introduction) is a passage of the document, found like a chapter.</summary>
    private static SearchRecord FocusArea(Municipality municipality, Strategy strategy, FocusArea focusArea) =>
        new(
            SiteRoutes.FocusArea(strategy, focusArea),
            SearchKind.Chapter,
            focusArea.Title,
            $"{strategy.Vocabulary.FocusArea} i {strategy.ShortTitle ?? strategy.Title}",
            Join([focusArea.Title, focusArea.Heading, focusArea.Introduction?.PlainText, focusArea.ActionsIntroduction?.PlainText]),
            [],
            Filters(SearchKind.Chapter, municipality, strategy, [], [], focusArea.TargetGroups));

    private static SearchRecord GlossaryEntry(GlossaryTerm term, string url, Municipality? municipality, Strategy? strategy)
    {
        var title = term.Expansion is { } expansion ? $"{term.Term} ({expansion})" : term.Term;
        return new SearchRecord(
            url,
            SearchKind.GlossaryEntry,
            title,
            strategy is null ? "Ordforklaring" : $"Ordforklaring i {strategy.ShortTitle ?? strategy.Title}",
            Join([title, .. term.Aliases, term.Definition.PlainText]),
            [],
            Filters(SearchKind.GlossaryEntry, municipality, strategy, [], [], []));
    }

    private static IReadOnlyDictionary<SearchFacet, IReadOnlyList<string>> Filters(
        SearchKind kind,
        Municipality? municipality,
        Strategy? strategy,
        IEnumerable<string> schoolYears,
        IEnumerable<string> themes,
        IEnumerable<TargetGroup> targetGroups)
    {
        var filters = new Dictionary<SearchFacet, IReadOnlyList<string>> { [SearchFacet.Kind] = [SearchFacets.Label(kind)] };
        if (municipality is not null)
        {
            filters[SearchFacet.Municipality] = [municipality.Name];
            if (strategy is not null)
            {
                filters[SearchFacet.Strategy] = [SearchFacets.StrategyValue(municipality, strategy)];
            }
        }

        AddIfAny(filters, SearchFacet.SchoolYear, schoolYears);
        AddIfAny(filters, SearchFacet.Theme, themes);
        AddIfAny(filters, SearchFacet.TargetGroup, targetGroups.Distinct().Order().Select(g => g.Label()));
        return filters;
    }

    private static void AddIfAny(Dictionary<SearchFacet, IReadOnlyList<string>> filters, SearchFacet facet, IEnumerable<string> values)
    {
        var list = values.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            filters[facet] = list;
        }
    }

    private static IEnumerable<string> ThemeTitles(Site site, IEnumerable<string> themeIds) =>
        themeIds.Distinct(StringComparer.Ordinal).Select(site.FindTheme).OfType<Content.Model.Theme>().Select(t => t.Title);

    /// <summary>"Dagtilbud, skole": some strategies write the same action once per area.</summary>
    private static string? AreasOf(StrategyAction action) =>
        action.Areas.IsEmpty ? null : string.Join(", ", action.Areas.Select((a, i) => i == 0 ? char.ToUpperInvariant(a.Value[0]) + a.Value[1..] : a.Value));

    private static string Join(IEnumerable<string?> parts, string separator = " ") =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
