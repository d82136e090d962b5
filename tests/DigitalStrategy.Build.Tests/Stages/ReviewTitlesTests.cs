using System.Globalization;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Stages;

/// <summary>DS0028: titles too long to name a page in a tab, a search result, a breadcrumb or a link.</summary>
public sealed class ReviewTitlesTests
{
    private const string Strategy = "testby/plan/strategy.yml";
    private const string FocusArea = "testby/plan/focus-areas/01-laering-og-trivsel.yml";

    [Fact]
    public async Task Titles_of_a_normal_length_get_no_warning()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        Assert.Empty(LongTitles(await CheckAsync(site)));
    }

    [Fact]
    public async Task A_long_chapter_title_is_reported_at_its_file_with_its_length()
    {
        var title = string.Join(' ', Enumerable.Repeat("Digitalisering", 8));
        var files = SampleSources.Minimal();
        files["testby/plan/chapters/01-indledning.md"] = files["testby/plan/chapters/01-indledning.md"].Replace("title: Indledning", $"title: {title}", StringComparison.Ordinal);
        using var site = TestSite.Create(files);

        var result = await CheckAsync(site);

        Assert.True(result.Succeeded, "A long title is a warning, not an error.");
        var warning = Assert.Single(LongTitles(result));
        Assert.EndsWith("chapters/01-indledning.md", warning.Location.Path, StringComparison.Ordinal);
        Assert.Contains($"Kapitlets titel er {title.Length} tegn", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_title_longer_than_the_breadcrumb_shows_is_reported()
    {
        var files = SampleSources.Minimal();
        files[Strategy] = files[Strategy].Replace("short_title: Plan", "short_title: Digitaliseringsplan for Testby Kommunes skoler og dagtilbud", StringComparison.Ordinal);
        using var site = TestSite.Create(files);

        var warning = Assert.Single(LongTitles(await CheckAsync(site)));
        Assert.Contains("('short_title')", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_of_several_sentences_is_reported_at_the_goal()
    {
        var goal = string.Concat(Enumerable.Repeat("Børn lærer med digitale værktøjer i alle fag og på alle årgange. ", 4)).Trim();
        Assert.True(goal.Length > ReviewTitles.MaxGoalLength);
        var files = SampleSources.Minimal();
        files[FocusArea] = files[FocusArea].Replace("title: Børn lærer med digitale værktøjer.", $"title: {goal}", StringComparison.Ordinal);
        using var site = TestSite.Create(files);

        var warning = Assert.Single(LongTitles(await CheckAsync(site)));
        Assert.Equal(5, warning.Location.Line);
        Assert.Contains("Mål 'laering'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'explanation'", warning.Message, StringComparison.Ordinal);
    }

    private static Task<BuildResult> CheckAsync(TestSite site) =>
        SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, WriteFiles: false, Today: DateOnly.Parse("2022-10-01", CultureInfo.InvariantCulture)));

    private static List<Diagnostic> LongTitles(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Code == DiagnosticCodes.LongTitle)];
}
