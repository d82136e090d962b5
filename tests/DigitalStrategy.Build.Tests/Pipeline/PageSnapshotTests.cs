using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>
/// The full HTML of one goal page, one appendix page and that appendix's print view, so any change to what readers get
/// (markup, wording, links) shows up in review as a diff of the committed snapshot.
/// </summary>
public sealed class PageSnapshotTests
{
    [Fact]
    public async Task Goal_page()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        Assert.True((await site.BuildAsync()).Succeeded);

        Snapshot.Match(await File.ReadAllTextAsync(site.FileOf("/testby/plan/maal/laering/")), "GoalPage");
    }

    [Fact]
    public async Task Appendix_page()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        Assert.True((await site.BuildAsync()).Succeeded);

        Snapshot.Match(await File.ReadAllTextAsync(site.FileOf("/testby/plan/bilag/2021-22/")), "AppendixPage");
    }

    [Fact]
    public async Task Appendix_print_view()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Today: new DateOnly(2026, 11, 21)));
        Assert.True(result.Succeeded);

        Snapshot.Match(await File.ReadAllTextAsync(site.FileOf("/testby/plan/bilag/2022-23/print/")), "AppendixPrintView");
    }
}
