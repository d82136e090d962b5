using System.Text;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;
using DigitalStrategy.Preview.Tests.Support;

namespace DigitalStrategy.Preview.Tests;

/// <summary>
/// After a change the preview makes the pages open in tabs first, makes every other page when it is
/// asked for, and runs the full build with every check behind it.
/// </summary>
public sealed class QuickBuildTests : IAsyncLifetime
{
    private const string StrategyPage = "/lemvig/digitaliseringsplan/";
    private const string GoalPage = "/lemvig/digitaliseringsplan/maal/nysgerrig-omgang/";
    private const string ChapterPage = "/lemvig/digitaliseringsplan/indledning/";
    private const string OldGoal = "Børn og unge møder teknologien nysgerrigt.";
    private const string NewGoal = "Børn og unge møder teknologien med nysgerrighed.";

    private readonly TempSite _site = new(SampleInput.Files());
    private readonly List<string> _open = [StrategyPage];
    private PreviewBuilds _builds = null!;

    public async Task InitializeAsync()
    {
        _builds = new PreviewBuilds(new PreviewOptions(_site.Input, _site.Theme, Port: 0), () => _open);
        Assert.False((await _builds.RebuildAsync(CancellationToken.None)).HasErrors);
    }

    public async Task DisposeAsync()
    {
        await _builds.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task The_open_page_is_made_at_once_and_any_other_page_with_the_change_when_asked_for()
    {
        _site.Replace(SampleInput.FocusArea1, OldGoal, NewGoal);

        var quick = await _builds.RebuildQuicklyAsync(CancellationToken.None);

        Assert.Equal(PreviewBuilds.Kind.Quick, quick.Kind);
        var site = quick.Site!;
        Assert.Contains(NewGoal, Text(site.Files["lemvig/digitaliseringsplan/index.html"]), StringComparison.Ordinal);
        Assert.Contains("lemvig/digitaliseringsplan/index.html", quick.Changed);
        Assert.False(site.Files.ContainsKey("lemvig/digitaliseringsplan/maal/nysgerrig-omgang/index.html"));

        var goal = Assert.IsType<Lookup.Found>(await site.FindAsync(GoalPage));
        Assert.Contains($"<h1>{NewGoal}</h1>", Text(goal.Content), StringComparison.Ordinal);
        Assert.True(site.Files.ContainsKey("lemvig/digitaliseringsplan/maal/nysgerrig-omgang/index.html"));
    }

    [Fact]
    public async Task The_full_build_behind_the_quick_one_makes_every_page_and_the_files_only_it_makes()
    {
        _site.Replace(SampleInput.FocusArea1, OldGoal, NewGoal);

        var quick = await _builds.RebuildQuicklyAsync(CancellationToken.None);
        // Until the full build is done, the open data of the last full build are served.
        Assert.IsType<Lookup.Found>(await quick.Site!.FindAsync("/data/index.json"));
        await _builds.FullBuild;

        var full = _builds.Current;
        Assert.Equal(PreviewBuilds.Kind.FullAfterQuick, full.Kind);
        Assert.Equal(quick.Build, full.Build);
        Assert.Contains(NewGoal, Text(full.Site!.Files["lemvig/digitaliseringsplan/maal/nysgerrig-omgang/index.html"]), StringComparison.Ordinal);
        Assert.Contains(NewGoal, Text(full.Site.Files["data/lemvig/digitaliseringsplan.json"]), StringComparison.Ordinal);
        // The open page was made the same way by both builds.
        Assert.DoesNotContain("lemvig/digitaliseringsplan/index.html", full.Changed);
    }

    [Fact]
    public async Task A_broken_link_is_reported_by_the_full_build_and_the_last_good_site_stays()
    {
        _open.Add(ChapterPage);
        _site.Replace(SampleInput.Chapter1, "## Baggrund", "## Baggrund\n\nSe [den gamle plan](/findes-ikke/).");

        var quick = await _builds.RebuildQuicklyAsync(CancellationToken.None);
        Assert.False(quick.HasErrors);
        await _builds.FullBuild;

        var full = _builds.Current;
        var error = Assert.Single(full.Errors);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Same(quick.Site, full.Site);
    }

    [Fact]
    public async Task A_change_while_the_full_build_runs_cancels_it_and_builds_again()
    {
        _site.Replace(SampleInput.FocusArea1, OldGoal, NewGoal);
        var first = await _builds.RebuildQuicklyAsync(CancellationToken.None);
        _site.Replace(SampleInput.FocusArea1, NewGoal, OldGoal);
        var second = await _builds.RebuildQuicklyAsync(CancellationToken.None);
        await _builds.FullBuild;

        Assert.Equal(first.Build + 1, second.Build);
        Assert.Equal(second.Build, _builds.Current.Build);
        Assert.Contains(OldGoal, Text(_builds.Current.Site!.Files["lemvig/digitaliseringsplan/maal/nysgerrig-omgang/index.html"]), StringComparison.Ordinal);
    }

    private static string Text(byte[] content) => Encoding.UTF8.GetString(content);
}
