using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class StrategyLoaderTests
{
    [Fact]
    public void A_strategy_without_title_is_reported_and_left_out()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            short_title: Digitaliseringsplan
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.Strategy, 1, 1);
        Assert.Contains("'title'", diagnostic.Message);
        Assert.Empty(run.LoadedSite.Strategies);
    }

    [Fact]
    public void Errors_in_the_files_of_a_strategy_are_reported_even_when_strategy_yml_is_broken()
    {
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.Strategy, "title: \"Digitaliseringsplan\n"),
            (SampleInput.Chapter2, "Ingen felter.\n")));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.Strategy, 1, 8);
        run.Expect(DiagnosticCodes.MissingFrontMatter, SampleInput.Chapter2, 1, 1);
    }

    [Fact]
    public void A_strategy_folder_that_is_not_a_valid_id_is_reported()
    {
        var files = SampleInput.Files()
            .ToDictionary(
                p => p.Key.Replace("/digitaliseringsplan/", "/Digitaliseringsplan 2021/", StringComparison.Ordinal),
                p => p.Value);

        var run = ContentRun.Of(files);

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, "lemvig/Digitaliseringsplan 2021/strategy.yml", 1, 1);
        Assert.Contains("'digitaliseringsplan-2021'", diagnostic.Message);
    }

    [Theory]
    [InlineData("gældende", StrategyStatus.Current)]
    [InlineData("Gældende", StrategyStatus.Current)]
    [InlineData("tidligere", StrategyStatus.Previous)]
    public void Status_is_read_from_the_danish_word(string written, StrategyStatus expected)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, $"""
            title: Digitaliseringsplan
            status: {written}
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
            """)));

        run.ExpectNoDiagnostics();
        Assert.Equal(expected, run.Strategy.Status);
    }

    [Fact]
    public void An_unknown_status_is_reported_at_its_value()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            status: aktiv
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Strategy, 2, 9);
        Assert.Contains("'gældende'", diagnostic.Message);
    }

    [Fact]
    public void Adoption_and_review_are_read()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            period: 2020-2023
            review: Bilaget opdateres årligt.
            adoption:
              by: Børne- og Familieudvalget
              date: juni 2020
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
            """)));

        run.ExpectNoDiagnostics();
        var strategy = run.Strategy;
        Assert.Equal(new Adoption("Børne- og Familieudvalget", "juni 2020"), strategy.Adoption);
        Assert.Equal(("2020-2023", new DateOnly(2023, 12, 31)), (strategy.Period?.Text, strategy.Period?.End));
        Assert.Equal("Bilaget opdateres årligt.", strategy.ReviewCadence);
    }

    [Fact]
    public void A_category_without_title_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
            """)));

        run.Expect(DiagnosticCodes.MissingField, SampleInput.Strategy, 5, 5);
    }
}
