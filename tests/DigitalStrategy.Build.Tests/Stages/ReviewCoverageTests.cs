using System.Globalization;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Stages;

/// <summary>'check' tells editors which goals no action serves this school year and which actions serve no goal.</summary>
public sealed class ReviewCoverageTests
{
    private const string FocusArea = "testby/plan/focus-areas/01-laering-og-trivsel.yml";

    [Fact]
    public async Task A_plan_whose_goals_are_all_served_this_school_year_gets_no_coverage_warning()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await CheckAsync(site, "2022-10-01");

        Assert.True(result.Succeeded);
        Assert.Empty(Coverage(result));
    }

    [Fact]
    public async Task Warns_at_the_goal_no_action_serves_this_school_year_and_at_the_action_that_serves_no_goal()
    {
        var files = SampleSources.Minimal();
        files[FocusArea] = WithoutGoals(files[FocusArea]);
        using var site = TestSite.Create(files);

        var result = await CheckAsync(site, "2022-10-01");

        Assert.True(result.Succeeded, "Coverage findings are warnings, not errors.");
        Assert.Equal(
        [
            (DiagnosticCodes.GoalNotServed, 5, "Mål 'laering' understøttes ikke af nogen handling i det nuværende skoleår 2022/23. 2 handlinger peger på det, men ikke i dette skoleår."),
            (DiagnosticCodes.ActionServesNoGoal, 11, "Handling 'kurser' peger ikke på nogen af strategiens mål."),
        ],
        Coverage(result).Select(d => (d.Code, d.Location.Line, FirstSentences(d.Message))));
        Assert.All(Coverage(result), d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public async Task Warns_once_for_a_plan_with_nothing_in_the_current_school_year()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await CheckAsync(site, "2026-11-21");

        var warning = Assert.Single(Coverage(result));
        Assert.Equal(("strategy.yml", DiagnosticCodes.GoalNotServed), (Path.GetFileName(warning.Location.Path), warning.Code));
        Assert.StartsWith("Strategien har intet bilag for det nuværende skoleår 2026/27; det seneste er for 2022/23.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strategy_whose_period_has_ended_is_not_reviewed()
    {
        var files = SampleSources.Minimal();
        files["testby/plan/strategy.yml"] += "status: tidligere\n";
        files[FocusArea] = WithoutGoals(files[FocusArea]);
        using var site = TestSite.Create(files);

        Assert.Empty(Coverage(await CheckAsync(site, "2026-11-21")));
    }

    [Fact]
    public async Task Tells_once_when_no_action_of_an_appendix_names_a_goal()
    {
        var files = SampleSources.Minimal();
        files["testby/plan/appendices/2021-22.yml"] = WithoutGoals(files["testby/plan/appendices/2021-22.yml"]);
        using var site = TestSite.Create(files);

        var result = await CheckAsync(site, "2022-10-01");

        var warning = Assert.Single(Coverage(result), d => d.Code == DiagnosticCodes.ActionServesNoGoal);
        Assert.Equal(("2021-22.yml", 1), (Path.GetFileName(warning.Location.Path), warning.Location.Line));
        Assert.StartsWith("Ingen af de 2 handlinger i 'Skoleåret 2021/22' peger på nogen af strategiens mål.", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_report_shows_the_same_findings_and_is_kept_out_of_search_engines()
    {
        var files = SampleSources.Minimal();
        files[FocusArea] = WithoutGoals(files[FocusArea]);
        using var site = TestSite.Create(files);
        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Today: new DateOnly(2022, 10, 1)));
        Assert.True(result.Succeeded);

        var report = site.Page("/redaktion/");

        Assert.Equal("noindex", report.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        var rows = report.QuerySelectorAll(".report-table tbody tr").Select(r => RealSite.Normalize(r.TextContent)).ToList();
        Assert.Equal(["Børn lærer med digitale værktøjer. 2 Ingen", "Børn trives online. 2 1"], rows);
        Assert.Contains(report.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/testby/plan/laering-og-trivsel/#kurser");
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains("redaktion", StringComparison.Ordinal)), f => File.ReadAllText(f).Contains("/redaktion/", StringComparison.Ordinal));
    }

    private static Task<BuildResult> CheckAsync(TestSite site, string today) =>
        SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, WriteFiles: false, Today: DateOnly.Parse(today, CultureInfo.InvariantCulture)));

    private static List<Diagnostic> Coverage(BuildResult result) =>
        [.. result.Diagnostics.Where(d => d.Code is DiagnosticCodes.GoalNotServed or DiagnosticCodes.ActionServesNoGoal)];

    /// <summary>The file without any inline 'goals: [...]' line: its actions then serve no goal.</summary>
    private static string WithoutGoals(string yaml) =>
        string.Join('\n', yaml.Split('\n').Where(line => !line.TrimStart().StartsWith("goals: [", StringComparison.Ordinal)));

    /// <summary>The finding without the advice that follows it.</summary>
    private static string FirstSentences(string message) =>
        message.Contains("Skriv", StringComparison.Ordinal) ? message[..message.IndexOf(" Skriv", StringComparison.Ordinal)] : message;
}
