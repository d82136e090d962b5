using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Views;

/// <summary>
/// What changed from one school year to the next, on the real input: Lemvig's appendices as
/// written, and Herning's school years derived from the timeframes of its indsatsplan.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class SchoolYearPagesTests(RealSite site)
{
    private const string Lemvig = "/lemvig/digitaliseringsplan/";
    private const string Herning = "/herning/faelles-it-strategi-2016-2020/";

    [Fact]
    public void Microbit_continues_from_2020_21_into_2021_22()
    {
        var changes = Changes(Lemvig + "bilag/2021-22/");

        Assert.Contains(Continued(changes), href => href == Lemvig + "bilag/2021-22/#2021-22-microbit");
        Assert.DoesNotContain(Links(changes, "nyt"), href => href.Contains("microbit", StringComparison.Ordinal));
    }

    [Fact]
    public void Microbit_is_gone_in_2022_23()
    {
        var changes = Changes(Lemvig + "bilag/2022-23/");

        Assert.Contains(Links(changes, "ikke-med-laengere"), href => href == Lemvig + "bilag/2021-22/#2021-22-microbit");
    }

    [Fact]
    public void The_3D_printers_are_new_in_2021_22_as_words_added_to_the_collection_of_teaching_aids()
    {
        var changes = Changes(Lemvig + "bilag/2021-22/");

        var changed = Section(changes, "ny-ordlyd")!;
        var item = changed.QuerySelectorAll("li").Single(li => li.QuerySelector("a[href$='#2021-22-3d-printere']") is not null);
        var inserted = Normalize(string.Concat(item.QuerySelectorAll("ins").Select(i => i.TextContent)));
        Assert.Contains("3D-printere til alle skoler", inserted, StringComparison.Ordinal);
        Assert.Contains("tilføjet:", inserted, StringComparison.Ordinal);
        Assert.Contains("Udbygning af fælleskommunal samling af teknologiske læremidler", Normalize(item.QuerySelector(".diff")!.TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_appendix_has_nothing_to_compare_with()
    {
        Assert.Null(site.Page(Lemvig + "bilag/2020-21/").GetElementById("aendringer"));
    }

    [Fact]
    public void Every_action_of_a_year_is_new_or_continues_and_every_dropped_one_was_there_the_year_before()
    {
        foreach (var (year, previous) in new[] { ("2021-22", "2020-21"), ("2022-23", "2021-22") })
        {
            var page = site.Page(Lemvig + $"bilag/{year}/");
            var changes = page.QuerySelector("section.year-changes")!;
            var listed = Links(changes, "nyt")
                .Concat(Links(changes, "ny-ordlyd").Where(h => h.Contains($"/{year}/", StringComparison.Ordinal)))
                .Concat(Continued(changes))
                .Select(h => h.Split('#')[1])
                .ToHashSet(StringComparer.Ordinal);
            var actions = page.QuerySelectorAll("li.action[id]").Select(a => a.Id!).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(actions.Order(), listed.Order());
            Assert.All(Links(changes, "ikke-med-laengere"), href => Assert.StartsWith(Lemvig + $"bilag/{previous}/#", href, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Lemvig_school_year_index_leads_to_the_three_appendices()
    {
        var page = site.Page(Lemvig + "skoleaar/");

        Assert.Equal(
            [Lemvig + "bilag/2020-21/", Lemvig + "bilag/2021-22/", Lemvig + "bilag/2022-23/"],
            page.QuerySelectorAll(".year-list h2 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Herning_gets_a_page_for_each_school_year_of_its_indsatsplan()
    {
        var index = site.Page(Herning + "skoleaar/");
        var years = index.QuerySelectorAll(".year-list h2 a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(
            ["2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21"],
            years.Select(y => y.TrimEnd('/').Split('/')[^1]));
        Assert.All(years, url => Assert.True(File.Exists(Path.Combine(site.Output, url.TrimStart('/'), "index.html")), url));
    }

    [Fact]
    public void A_derived_school_year_lists_what_started_what_goes_on_and_what_ended()
    {
        // "Afsluttes ultimo 2017" ends in school year 2017/18, so it is dropped in 2018/19; "Efterår 2017" starts in 2017/18.
        var ended = ActionIdWithTimeframe("Afsluttes ultimo 2017");
        var started = ActionIdWithTimeframe("Efterår 2017");

        var y2017 = Changes(Herning + "skoleaar/2017-18/");
        var y2018 = Changes(Herning + "skoleaar/2018-19/");

        Assert.Contains(Links(y2017, "nyt"), h => h.EndsWith("#" + started, StringComparison.Ordinal));
        Assert.Contains(Links(y2018, "ikke-med-laengere"), h => h.EndsWith("#" + ended, StringComparison.Ordinal));
        Assert.Contains(Continued(y2017), h => h.EndsWith("#" + ended, StringComparison.Ordinal));
    }

    private string ActionIdWithTimeframe(string timeframe) =>
        site.Page(Herning + "tidslinje/").QuerySelectorAll(".timeline-table tbody th[scope=row]")
            .First(th => Normalize(th.TextContent).EndsWith($"({timeframe})", StringComparison.Ordinal))
            .QuerySelector("a")!.GetAttribute("href")!.Split('#')[1];

    private IElement Changes(string url) =>
        site.Page(url).QuerySelector("section.year-changes") ?? throw new InvalidOperationException($"{url} shows no changes.");

    /// <summary>The list under the h3 with the given id: nyt, ny-ordlyd, fortsaetter or ikke-med-laengere.</summary>
    private static IElement? Section(IElement changes, string id)
    {
        var h3 = changes.QuerySelector($"h3#{id}");
        for (var next = h3?.NextElementSibling; next is not null && next.LocalName != "h3"; next = next.NextElementSibling)
        {
            if (next.LocalName == "ul")
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>The actions that continue with the same words.</summary>
    private static IEnumerable<string> Continued(IElement changes) => Links(changes, "fortsaetter");

    private static IReadOnlyList<string> Links(IElement changes, string id) =>
        Section(changes, id)?.QuerySelectorAll("li > a, li > p > a").Select(a => a.GetAttribute("href")!).ToList() ?? [];
}
