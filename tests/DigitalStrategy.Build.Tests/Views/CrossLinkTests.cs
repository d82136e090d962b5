using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Views;

/// <summary>
/// The links that make the site better than the PDFs, on the real input: goal to actions and
/// back, goal to themes and to other municipalities' goals, theme to every municipality, the
/// timeline, and the map of the whole site.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class CrossLinkTests(RealSite site)
{
    private const string Herning = "/herning/faelles-it-strategi-2016-2020/";

    [Fact]
    public void Every_action_shown_on_a_goal_page_links_to_its_anchor_and_the_anchor_links_back_to_the_goal()
    {
        var checkedLinks = 0;
        foreach (var goalUrl in GoalPages())
        {
            var goal = site.Page(goalUrl);
            foreach (var href in goal.QuerySelectorAll("#handlinger ~ ul .source-link a, #handlinger ~ ul .action-continued a").Select(a => a.GetAttribute("href")!))
            {
                var (page, id) = (href.Split('#')[0], href.Split('#')[1]);
                var action = site.Page(page).GetElementById(id);
                Assert.True(action is not null, $"{goalUrl} links to {href}, which does not exist.");
                var back = action!.QuerySelectorAll(".serves a").Select(a => a.GetAttribute("href"));
                Assert.True(back.Contains(goalUrl) || site.Page(page).QuerySelectorAll(".goal-list a").Any(a => a.GetAttribute("href") == goalUrl),
                    $"{href} does not lead back to {goalUrl}.");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 100, $"Only {checkedLinks} links from goals to actions were found.");
    }

    [Fact]
    public void Herning_goal_lists_its_actions_by_school_year()
    {
        var page = site.Page(GoalPages().First(url => url.StartsWith(Herning, StringComparison.Ordinal) && site.Page(url).QuerySelectorAll(".action").Length > 3));

        var years = page.QuerySelectorAll("h3").Select(h => Normalize(h.TextContent)).Where(t => t.StartsWith("Skoleåret ", StringComparison.Ordinal)).ToList();
        Assert.True(years.Count >= 2, string.Join(", ", years));
        Assert.Equal(years.Order(StringComparer.Ordinal), years);
    }

    [Fact]
    public void Goal_themes_link_to_theme_pages_that_list_the_goal()
    {
        var url = GoalPages().First(u => u.StartsWith("/lemvig/", StringComparison.Ordinal));
        var themeLinks = site.Page(url).QuerySelectorAll(".facts dd a[href^='/temaer/']").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(themeLinks);
        Assert.All(themeLinks, theme => Assert.Contains(site.Page(theme).QuerySelectorAll(".goal-list a"), a => a.GetAttribute("href") == url));
    }

    [Fact]
    public void A_goal_page_shows_related_goals_of_other_municipalities_only()
    {
        var url = GoalPages().First(u => u.StartsWith("/lemvig/", StringComparison.Ordinal));
        var related = site.Page(url).QuerySelectorAll(".related-goals a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.NotEmpty(related);
        Assert.All(related, href => Assert.False(href.StartsWith("/lemvig/", StringComparison.Ordinal), href));
        Assert.True(related.Select(h => h.Split('/')[1]).Distinct().Count() >= 2, "Related goals come from one municipality only.");
    }

    [Fact]
    public void Goal_pages_link_to_the_previous_and_next_goal()
    {
        var goals = site.Page(Herning).QuerySelectorAll(".goal-list a").Select(a => a.GetAttribute("href")!).ToList();

        var second = site.Page(goals[1]);
        Assert.Equal(goals[0], second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(goals[2], second.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void The_home_page_leads_to_the_themes_and_every_theme_has_a_page()
    {
        Assert.Contains(site.Page("/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/temaer/");
        var themes = site.Page("/temaer/").QuerySelectorAll(".theme-cards h2 a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(14, themes.Count);
        Assert.All(themes, t => Assert.Equal("Temaer", site.Page(t).QuerySelectorAll(".breadcrumbs a").Last().TextContent));
    }

    [Fact]
    public void A_theme_page_sets_the_municipalities_side_by_side()
    {
        var page = site.Page("/temaer/kompetenceudvikling/");

        var columns = page.QuerySelectorAll(".compare-column h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Lemvig Kommune", columns);
        Assert.Contains("Herning Kommune", columns);
        Assert.All(page.QuerySelectorAll(".compare-column"), c => Assert.NotEmpty(c.QuerySelectorAll("a[href*='/maal/'], .compact-actions a")));
    }

    [Fact]
    public void The_timeline_has_a_chart_with_a_text_alternative_and_a_table_with_every_dated_action()
    {
        var page = site.Page(Herning + "tidslinje/");

        var chart = page.QuerySelector("svg.timeline-chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        var labelledBy = chart.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.All(labelledBy, id => Assert.False(string.IsNullOrWhiteSpace(page.GetElementById(id)?.TextContent)));
        Assert.Contains("skoleårene 2015/16 til 2020/21", page.GetElementById(labelledBy[1])!.TextContent, StringComparison.Ordinal);

        var rows = page.QuerySelectorAll(".timeline-table tbody tr:not(.group-row)").ToList();
        var bars = chart.QuerySelectorAll(".tl-label").Length;
        Assert.Equal(rows.Count, bars);
        Assert.All(rows, row => Assert.Equal(7, row.Children.Length));
        Assert.All(rows, row => Assert.Contains(row.QuerySelectorAll("td"), td => td.TextContent.Trim().Length > 0));
    }

    [Fact]
    public void On_Lemvigs_timeline_an_action_that_continues_is_one_row_over_its_school_years()
    {
        var rows = site.Page("/lemvig/digitaliseringsplan/tidslinje/").QuerySelectorAll(".timeline-table tbody tr:not(.group-row)")
            .Select(r => (Text: Normalize(r.QuerySelector("th")!.TextContent), Years: r.QuerySelectorAll("td").Select(td => td.TextContent.Trim().Length > 0).ToArray()))
            .ToList();

        var microbit = Assert.Single(rows, r => r.Text.Contains("Microbit", StringComparison.Ordinal));
        Assert.Equal([true, true, false], microbit.Years);
        var printers = Assert.Single(rows, r => r.Text.Contains("3D-printere", StringComparison.Ordinal));
        Assert.Equal([true, true, false], printers.Years);
    }

    [Fact]
    public void Long_pages_get_a_contents_list_that_leads_to_their_sections_and_a_way_back_to_the_top()
    {
        var page = site.Page(Herning);

        var toc = page.QuerySelector("nav.toc")!;
        var targets = toc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(targets.Count >= 3);
        Assert.All(targets, href => Assert.Equal("h2", page.GetElementById(href[1..])!.LocalName));
        Assert.Equal("#top", page.QuerySelector("main .back-to-top a")!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("top"));
    }

    [Fact]
    public void The_site_map_lists_every_goal_of_every_strategy()
    {
        var listed = site.Page("/oversigt/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToHashSet(StringComparer.Ordinal);

        Assert.All(GoalPages(), url => Assert.Contains(url, listed));
        Assert.Contains(site.Page("/").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/oversigt/");
    }

    [Fact]
    public void Every_page_but_the_home_page_has_breadcrumbs()
    {
        var missing = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(url => url != "/./" && site.Page(url).QuerySelector("meta[http-equiv=refresh]") is null)
            .Where(url => site.Page(url).QuerySelector("nav.breadcrumbs a[href='/']") is null)
            .ToList();

        Assert.Empty(missing);
    }

    private IEnumerable<string> GoalPages() =>
        Directory.EnumerateDirectories(site.Output, "maal", SearchOption.AllDirectories)
            .SelectMany(d => Directory.EnumerateDirectories(d))
            .Select(d => "/" + Path.GetRelativePath(site.Output, d).Replace('\\', '/') + "/")
            .Order(StringComparer.Ordinal);
}
