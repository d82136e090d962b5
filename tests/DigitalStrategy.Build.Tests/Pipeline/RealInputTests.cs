using AngleSharp.Dom;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>
/// Builds the real input/ and checks that every item of Lemvig's plan, as the seed document
/// has it (Fixtures/lemvig-seed-items.txt), is published where a reader would look for it.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class RealInputTests(RealSite site)
{
    private const string Strategy = "/lemvig/digitaliseringsplan/";

    [Fact]
    public async Task Two_builds_of_the_real_input_give_byte_identical_files()
    {
        var second = site.Output + "-again";
        try
        {
            Assert.True((await SiteBuilder.RunAsync(new BuildOptions(RepositoryPaths.Input, second))).Succeeded);

            var first = TestSite.Snapshot(site.Output);
            var again = TestSite.Snapshot(second);
            Assert.Equal(first.Keys, again.Keys);
            Assert.All(first, entry => Assert.True(entry.Value.AsSpan().SequenceEqual(again[entry.Key]), entry.Key + " differs"));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void The_real_input_builds_without_errors_and_warns_only_where_actions_and_goals_are_not_linked()
    {
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics));

        // The documents themselves leave these gaps: Lemvig's appendices name no sigtepunkter and end
        // with 2022/23, and Aalborg's dated targets end in 2017/18 without a period or status. One of
        // Herning's operational goals is a single sentence of 288 characters.
        Assert.Equal(
        [
            ("aalborg/it-og-digitaliseringsstrategi/strategy.yml", "DS0021"),
            ("herning/faelles-it-strategi-2016-2020/focus-areas/02-operationelle-maal.yml", "DS0028"),
            ("lemvig/digitaliseringsplan/appendices/2020-21.yml", "DS0022"),
            ("lemvig/digitaliseringsplan/appendices/2021-22.yml", "DS0022"),
            ("lemvig/digitaliseringsplan/appendices/2022-23.yml", "DS0022"),
            ("lemvig/digitaliseringsplan/strategy.yml", "DS0021"),
        ],
        site.Result.Diagnostics.Select(d => (Path.GetRelativePath(RepositoryPaths.Input, d.Location.Path).Replace('\\', '/'), d.Code)));
    }

    [Fact]
    public void Every_sigtepunkt_has_its_own_goal_page_in_its_sigte()
    {
        var goals = FixtureLines("goal").ToList();
        Assert.Equal(7, goals.Count);
        var goalPages = Directory.EnumerateDirectories(Path.Combine(site.Output, "lemvig/digitaliseringsplan/maal"))
            .Select(dir => site.Page(Strategy + "maal/" + Path.GetFileName(dir) + "/"))
            .ToList();
        Assert.Equal(goals.Count, goalPages.Count);
        foreach (var (focusArea, text) in goals.Select(g => (g[1], g[2])))
        {
            var page = Assert.Single(goalPages, p => Normalize(p.QuerySelector("h1")!.TextContent) == text);
            Assert.Contains(focusArea, page.QuerySelector(".eyebrow")!.TextContent, StringComparison.Ordinal);
            Assert.NotEmpty(page.QuerySelectorAll(".action"));
        }
    }

    [Fact]
    public void Every_handling_stands_on_its_sigte_page_and_on_the_goal_pages_it_serves()
    {
        var actions = FixtureLines("action").ToList();
        Assert.Equal(13, actions.Count);
        foreach (var (focusArea, text) in actions.Select(a => (a[1], a[2])))
        {
            var page = FocusAreaPage(focusArea);
            var action = Assert.Single(page.QuerySelectorAll(".action"), a => ActionText(a) == text);
            Assert.False(string.IsNullOrEmpty(action.Id));
            foreach (var goalLink in page.QuerySelectorAll(".goal-list a"))
            {
                var goalPage = site.Page(goalLink.GetAttribute("href")!);
                Assert.Contains(goalPage.QuerySelectorAll(".action"), a => ActionText(a) == text);
            }
        }
    }

    [Fact]
    public void Every_appendix_action_stands_in_its_category_in_its_school_year()
    {
        var items = FixtureLines("appendix").ToList();
        Assert.Equal(53, items.Count);
        foreach (var group in items.GroupBy(i => i[1]))
        {
            var page = site.Page($"{Strategy}bilag/{group.Key.Replace('/', '-')}/");
            Assert.Contains(group.Key, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(group.Count(), page.QuerySelectorAll(".action").Length);
            foreach (var (category, text) in group.Select(i => (i[2], i[3])))
            {
                var section = Assert.Single(page.QuerySelectorAll("article section"), s => Normalize(s.QuerySelector("h2")!.TextContent) == category);
                Assert.Contains(section.QuerySelectorAll(".action"), a => ActionText(a) == text);
            }

            Assert.Contains("Digitaliseringsstyregruppen for Børne- og Ungeområdet", page.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_selected_efforts_of_both_strategies_are_in_their_chapter()
    {
        var items = FixtureLines("chapter").ToList();
        Assert.Equal(11, items.Count);
        var page = site.Page(Strategy + "udvalgte-indsatser/");
        var listed = page.QuerySelectorAll(".prose li").Select(li => Normalize(li.TextContent)).ToList();
        Assert.All(items, item => Assert.Contains(item[2], listed));
    }

    private IDocument FocusAreaPage(string title)
    {
        var overview = site.Page(Strategy);
        var link = overview.QuerySelectorAll(".focus-area h3 a").Single(a => a.TextContent.Trim() == title);
        return site.Page(link.GetAttribute("href")!);
    }

    private static string ActionText(IElement action) => Normalize(action.QuerySelector(".action-text")!.TextContent);

    private static IEnumerable<string[]> FixtureLines(string kind) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "lemvig-seed-items.txt"))
            .Where(l => l.StartsWith(kind + "|", StringComparison.Ordinal))
            .Select(l => l.Split('|'));
}
