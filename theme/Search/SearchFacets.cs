using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Theme.Search;

/// <summary>What a search result is: the kinds of text the site's search finds as results of their own.</summary>
public enum SearchKind
{
    Goal,
    Action,
    Chapter,
    GlossaryEntry,
}

/// <summary>The filters of the search page, in the order the page shows them.</summary>
public enum SearchFacet
{
    Kind,
    Municipality,
    Strategy,
    SchoolYear,
    Theme,
    TargetGroup,
}

/// <summary>One filter with the values a reader can choose, in the order they are shown.</summary>
public sealed record FacetValues(SearchFacet Facet, IReadOnlyList<string> Values);

/// <summary>
/// The search filters and their values, named in one place: the build tags every search record
/// with these values, and the search page offers the same ones as check boxes, so the two always
/// agree. Keys appear in the address of a search (/soeg/?q=aula&amp;kommune=Lemvig+Kommune).
/// </summary>
public static class SearchFacets
{
    public static IReadOnlyList<SearchFacet> All { get; } = Enum.GetValues<SearchFacet>();

    public static string Key(SearchFacet facet) => facet switch
    {
        SearchFacet.Kind => "type",
        SearchFacet.Municipality => "kommune",
        SearchFacet.Strategy => "strategi",
        SearchFacet.SchoolYear => "skoleaar",
        SearchFacet.Theme => "tema",
        SearchFacet.TargetGroup => "maalgruppe",
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };

    public static string Label(SearchFacet facet) => facet switch
    {
        SearchFacet.Kind => "Type",
        SearchFacet.Municipality => "Kommune",
        SearchFacet.Strategy => "Strategi",
        SearchFacet.SchoolYear => "Skoleår",
        SearchFacet.Theme => "Tema",
        SearchFacet.TargetGroup => "Målgruppe",
        _ => throw new ArgumentOutOfRangeException(nameof(facet)),
    };

    public static string Label(SearchKind kind) => kind switch
    {
        SearchKind.Goal => "Mål",
        SearchKind.Action => "Handling",
        SearchKind.Chapter => "Kapitel",
        SearchKind.GlossaryEntry => "Ordforklaring",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>
    /// A strategy as the filter names it: its short title and its municipality, because two
    /// municipalities can both have a "Digitaliseringsstrategi".
    /// </summary>
    public static string StrategyValue(Municipality municipality, Strategy strategy) =>
        $"{strategy.ShortTitle ?? strategy.Title} ({ShortName(municipality)})";

    /// <summary>"Lemvig" for "Lemvig Kommune": the strategy filter is long enough without it.</summary>
    public static string ShortName(Municipality municipality) =>
        municipality.Name.EndsWith(" Kommune", StringComparison.Ordinal) ? municipality.Name[..^" Kommune".Length] : municipality.Name;

    /// <summary>Every value each filter can take on this site, in the order the search page lists them.</summary>
    public static IReadOnlyList<FacetValues> Of(Site site) =>
    [
        new(SearchFacet.Kind, [.. Enum.GetValues<SearchKind>().Select(Label)]),
        new(SearchFacet.Municipality, [.. site.Municipalities.Select(m => m.Name)]),
        new(SearchFacet.Strategy, [.. site.Municipalities.SelectMany(m => m.Strategies.Select(s => StrategyValue(m, s)))]),
        new(SearchFacet.SchoolYear, [.. site.Strategies.SelectMany(s => s.SchoolYears.Years.Select(y => y.Year)).Distinct().Order().Select(y => y.ToString())]),
        new(SearchFacet.Theme, [.. site.Themes.Select(t => t.Title)]),
        new(SearchFacet.TargetGroup, [.. site.Strategies.SelectMany(s => s.Goals.SelectMany(g => TargetGroupsOf(s, g))).Distinct().Order().Select(g => g.Label())]),
    ];

    /// <summary>The target groups of a goal: its own and its focus area's.</summary>
    public static IEnumerable<TargetGroup> TargetGroupsOf(Strategy strategy, Goal goal) =>
        goal.TargetGroups.Concat(strategy.FindFocusArea(goal.FocusAreaId)?.TargetGroups ?? []).Distinct();
}
