using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Build.Tests.Seeds;

/// <summary>What holds for all five published strategies together: every municipality on the
/// home page, every goal and action tagged with a shared theme, every strategy with its facts.</summary>
public sealed class AllSeedsTests
{
    private static readonly Lazy<Site> RealSite = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var files = SourceReader.ReadAll(RepositoryPaths.Input, "input", diagnostics);
        return ContentLoader.Load(files, "input", diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
    });

    [Fact]
    public async Task All_five_municipalities_are_on_the_home_page()
    {
        var output = Path.Combine(Path.GetTempPath(), "ds-all-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.True((await SiteBuilder.RunAsync(new BuildOptions(RepositoryPaths.Input, output))).Succeeded);
            var home = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
            var links = home.QuerySelectorAll("main a").Select(a => a.TextContent.Trim()).ToList();
            foreach (var name in new[] { "Aalborg Kommune", "Herning Kommune", "Jammerbugt Kommune", "Lemvig Kommune", "Vejle Kommune" })
            {
                Assert.Contains(name, links);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Every_goal_and_every_action_belongs_to_at_least_one_shared_theme()
    {
        var untagged = RealSite.Value.Strategies
            .SelectMany(s => s.Goals.Where(g => g.Themes.IsEmpty).Select(g => $"{s.MunicipalityId}/{s.Id}: goal {g.Id}")
                .Concat(s.Actions.Where(a => a.Themes.IsEmpty).Select(a => $"{s.MunicipalityId}/{s.Id}: action {a.Id}")))
            .ToList();
        Assert.True(untagged.Count == 0, string.Join('\n', untagged));
    }

    [Fact]
    public void Every_shared_theme_is_used_so_no_theme_page_is_empty()
    {
        var site = RealSite.Value;
        var lonely = site.Themes
            .Where(t => site.Strategies.Count(s => s.Goals.Any(g => g.ThemeIds.Contains(t.Id)) || s.Actions.Any(a => a.ThemeIds.Contains(t.Id))) == 0)
            .Select(t => t.Id)
            .ToList();
        Assert.True(lonely.Count == 0, "Themes no goal or action belongs to: " + string.Join(", ", lonely));
    }

    [Fact]
    public void Every_strategy_has_a_title_a_scope_or_period_and_goals()
    {
        foreach (var strategy in RealSite.Value.Strategies)
        {
            Assert.False(string.IsNullOrWhiteSpace(strategy.Title));
            Assert.True(strategy.Period is not null || !strategy.Scope.Areas.IsEmpty || !strategy.Scope.Institutions.IsEmpty, strategy.Id);
            Assert.NotEmpty(strategy.Goals);
        }
    }

    [Fact]
    public void Every_timeframe_in_the_real_input_is_read_as_dates_or_is_a_status()
    {
        var unread = RealSite.Value.Strategies
            .SelectMany(s => s.Actions.Select(a => a.Timeframe).Concat(s.Goals.SelectMany(g => g.Targets.Select(t => t.Deadline))).Append(s.Period))
            .OfType<Timeframe>()
            .Where(t => !t.IsParsed)
            .Select(t => t.Text)
            .ToList();
        Assert.True(unread.Count == 0, string.Join('\n', unread));
    }
}
