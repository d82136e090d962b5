using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>
/// The full HTML of one goal page and one appendix page, so any change to what readers get
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
}
