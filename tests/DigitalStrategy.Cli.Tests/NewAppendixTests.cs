using DigitalStrategy.Cli.Tests.Support;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Cli.Tests;

/// <summary>'new appendix': the next school year's appendix, started from the latest one, loads and builds.</summary>
public sealed class NewAppendixTests
{
    private const string Strategy = "lemvig/digitaliseringsplan";
    private const string NewFile = SampleInput.StrategyFolder + "/appendices/2022-23.yml";

    /// <summary>2021/22 with an action that goes on, two that are done, and one written without the year in its id.</summary>
    private const string Appendix2021 = """
        school_year: 2021/22
        number: 2
        title: Konkrete handlinger 2021/22
        note: |
          Planen for næste år forelægges i maj.

          Styregruppen godkender den.
        actions:
          - id: 2021-22-kursus
            category: kompetenceudvikling
            text: Kursus i *teknologiforståelse* for lærere.
            goals: [nysgerrig-omgang]
            timeframe: løbende
          - id: 2021-22-ipads
            category: udstyr
            text: Nye iPads til indskolingen.
            status: Afsluttet i juni 2022
          - id: 2021-22-laptops
            category: udstyr
            text: Bærbare til udskolingen.
            timeframe: forår 2022
          - id: robotter
            category: udstyr
            text: "Robotter: de rejser mellem skolerne # hver måned."
            owner: "PLC: Team \"Teknologi\""
            area: [skole]
            status: er påbegyndt
        """;

    [Fact]
    public async Task Carries_over_the_actions_that_go_on_as_continuing_and_the_site_builds()
    {
        using var site = new SampleSite(SampleInput.With((SampleInput.Appendix2021, Appendix2021)));

        var (code, stdout, stderr) = await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2022/23");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Contains("2 af 4 handlinger er ført videre fra bilaget for 2021/22", stdout, StringComparison.Ordinal);
        var warnings = await site.BuildWithoutErrors();
        Assert.DoesNotContain(warnings, w => w.Contains("2022-23.yml", StringComparison.Ordinal) && !w.Contains("DS0022", StringComparison.Ordinal));
        site.ExpectSchemaValid(NewFile);

        var appendix = Assert.Single(site.LoadStrategy("lemvig", "digitaliseringsplan").Appendices, a => a.SchoolYear == new SchoolYear(2022));
        Assert.Equal(3, appendix.Number);
        Assert.Equal("Konkrete handlinger 2022/23", appendix.Title);
        Assert.Equal("Planen for næste år forelægges i maj.\n\nStyregruppen godkender den.", appendix.Note!.Markdown);
        Assert.Equal(["2022-23-kursus", "2022-23-robotter"], appendix.Actions.Select(a => a.Id));
        Assert.Equal(["2021-22-kursus", "robotter"], appendix.Actions.Select(a => a.Continues!.Value));

        var (kursus, robotter) = (appendix.Actions[0], appendix.Actions[1]);
        Assert.Equal("Kursus i *teknologiforståelse* for lærere.", kursus.Text.Markdown);
        Assert.Equal(["nysgerrig-omgang"], kursus.GoalIds);
        Assert.Equal("løbende", kursus.Timeframe!.Text);
        Assert.Equal("Robotter: de rejser mellem skolerne # hver måned.", robotter.Text.Markdown);
        Assert.Equal("PLC: Team \"Teknologi\"", robotter.Owner);
        Assert.Equal("er påbegyndt", robotter.Status);
        Assert.Equal(["skole"], robotter.Areas.Select(a => a.Value));
        Assert.Equal("udstyr", Assert.IsType<ActionPlace.InAppendix>(robotter.Place).CategoryId);
    }

    [Fact]
    public async Task Tells_the_editor_in_danish_what_to_do_next_and_what_was_left_out()
    {
        using var site = new SampleSite(SampleInput.With((SampleInput.Appendix2021, Appendix2021)));

        await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2022/23");

        var text = site.Read(NewFile);
        Assert.StartsWith("# yaml-language-server: $schema=../../../../schemas/appendix.schema.json\n# Bilaget for skoleåret 2022/23.\n", text, StringComparison.Ordinal);
        Assert.Contains("# - Slet de handlinger, der ikke fortsætter i år", text, StringComparison.Ordinal);
        Assert.Contains("# - Ikke ført videre, fordi den er afsluttet: 2021-22-ipads (status 'Afsluttet i juni 2022').", text, StringComparison.Ordinal);
        Assert.Contains("# - Ikke ført videre, fordi den er afsluttet: 2021-22-laptops (tidsramme 'forår 2022').", text, StringComparison.Ordinal);
        Assert.Contains("# Kategorierne er: kompetenceudvikling, udstyr.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_year_without_appendix_carries_over_without_continues_which_only_reaches_the_year_before()
    {
        using var site = new SampleSite(SampleInput.Files());

        var (code, _, stderr) = await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2023-24");

        Assert.True(code == ExitCodes.Success, stderr);
        const string file = SampleInput.StrategyFolder + "/appendices/2023-24.yml";
        Assert.Contains("# - Der er intet bilag for 2022/23, så sitet sammenligner ikke med året før.", site.Read(file), StringComparison.Ordinal);
        await site.BuildWithoutErrors();
        site.ExpectSchemaValid(file);
        var appendix = site.LoadStrategy("lemvig", "digitaliseringsplan").Appendices[^1];
        Assert.Equal(["2023-24-kursus", "2023-24-ipads"], appendix.Actions.Select(a => a.Id));
        Assert.All(appendix.Actions, a => Assert.Null(a.Continues));
    }

    [Fact]
    public async Task For_a_strategy_without_appendices_starts_an_empty_one_that_builds_with_a_warning()
    {
        using var site = new SampleSite(SampleInput.Without(SampleInput.Appendix2020, SampleInput.Appendix2021));

        var (code, _, stderr) = await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2024/25");

        Assert.True(code == ExitCodes.Success, stderr);
        const string file = SampleInput.StrategyFolder + "/appendices/2024-25.yml";
        var warnings = await site.BuildWithoutErrors();
        Assert.Contains(warnings, w => w.Contains("2024-25.yml", StringComparison.Ordinal) && w.Contains("DS0015", StringComparison.Ordinal));
        site.ExpectSchemaValid(file);
        Assert.Contains("title: Konkrete handlinger 2024/25\n", site.Read(file), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021/22", "Strategien har allerede et bilag for 2021/22")]
    [InlineData("2020/21", "Strategien har allerede et bilag for 2020/21")]
    [InlineData("2019/20", "Strategiens seneste bilag er for 2021/22")]
    [InlineData("2022/2023", "'2022/2023' er ikke et skoleår")]
    [InlineData("2022/24", "'2022/24' er ikke et skoleår")]
    public async Task Refuses_a_school_year_that_is_malformed_or_not_after_the_latest_appendix(string year, string message)
    {
        using var site = new SampleSite(SampleInput.Files());
        var before = site.Snapshot();

        var (code, _, stderr) = await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", year);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.StartsWith("error: " + message, stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Theory]
    [InlineData("lemvig/plan", "Strategien 'lemvig/plan' findes ikke")]
    [InlineData("aalborg/digitaliseringsplan", "Strategien 'aalborg/digitaliseringsplan' findes ikke")]
    [InlineData("lemvig", "'lemvig' er ikke en strategi")]
    [InlineData("Lemvig/Digitaliseringsplan", "'Lemvig/Digitaliseringsplan' er ikke en strategi")]
    public async Task Refuses_a_strategy_that_does_not_exist(string strategy, string message)
    {
        using var site = new SampleSite(SampleInput.Files());
        var before = site.Snapshot();

        var (code, _, stderr) = await site.Run("new", "appendix", "--strategy", strategy, "--school-year", "2022/23");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.StartsWith("error: " + message, stderr, StringComparison.Ordinal);
        Assert.Contains("lemvig/digitaliseringsplan", stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public async Task Refuses_to_overwrite_an_appendix_and_leaves_it_as_it_was()
    {
        using var site = new SampleSite(SampleInput.Files());
        Assert.Equal(ExitCodes.Success, (await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2022/23")).Code);
        File.AppendAllText(Path.Combine(site.Input, NewFile), "# Redaktørens egne noter\n");
        var before = site.Snapshot();

        var (code, _, stderr) = await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2022/23");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("Der er allerede et bilag for 2022/23", stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Fact]
    public async Task Refuses_while_the_strategy_has_errors_and_shows_them()
    {
        var broken = SampleInput.Appendix2021;
        using var site = new SampleSite(SampleInput.With((broken, SampleInput.Files()[broken].Replace("category: udstyr", "category: it-udstyr"))));
        var before = site.Snapshot();

        var (code, _, stderr) = await site.Run("new", "appendix", "--strategy", Strategy, "--school-year", "2022/23");

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("bilag-1.yml(", stderr, StringComparison.Ordinal);
        Assert.Contains("error DS0009", stderr, StringComparison.Ordinal);
        Assert.Contains("så bilaget er ikke oprettet", stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }
}
