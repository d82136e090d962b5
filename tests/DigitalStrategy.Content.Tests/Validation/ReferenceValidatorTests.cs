using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Validation;

public sealed class ReferenceValidatorTests
{
    private const string FocusArea3 = SampleInput.StrategyFolder + "/focus-areas/03-kommunikation.yml";

    [Fact]
    public void An_unknown_goal_id_in_an_action_is_reported_at_the_id_with_the_closest_goal_suggested()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            actions:
              - id: dashboard
                text: Vi laver et fælles dashboard.
                goals: [datainformeret-ledelse, brugere-og-skaber]
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.FocusArea2, 9, 37);
        Assert.Contains("'dashboard'", diagnostic.Message);
        Assert.Contains("'brugere-og-skaber'", diagnostic.Message);
        Assert.Contains("Mente du 'brugere-og-skabere'?", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void An_unknown_goal_id_far_from_every_goal_asks_the_editor_to_fix_or_remove_it()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            actions:
              - id: dashboard
                text: Vi laver et fælles dashboard.
                goals:
                  - fuldstaendig-ukendt-maal
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.FocusArea2, 10, 9);
        Assert.DoesNotContain("Mente du", diagnostic.Message);
    }

    [Fact]
    public void An_unknown_goal_id_in_an_appendix_action_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
                goals: [nysgerig-omgang]
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.Appendix2020, 7, 13);
        Assert.Contains("Mente du 'nysgerrig-omgang'?", diagnostic.Message);
    }

    [Fact]
    public void Two_goals_with_the_same_id_in_one_file_report_the_second_and_name_the_first()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
              - id: datainformeret-ledelse
                title: Lærerne bruger data.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, SampleInput.FocusArea2, 6, 9);
        Assert.Contains("'datainformeret-ledelse'", diagnostic.Message);
        Assert.Contains($"{ContentRun.Display(SampleInput.FocusArea2)}(4,9)", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void The_same_goal_id_in_two_focus_area_files_is_reported_in_the_second_file()
    {
        var run = ContentRun.Of(SampleInput.With((FocusArea3, """
            id: kommunikation
            title: Kommunikation
            goals:
              - id: nysgerrig-omgang
                title: Forældre får nyt om skolen.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, FocusArea3, 4, 9);
        Assert.Contains($"{ContentRun.Display(SampleInput.FocusArea1)}(8,9)", diagnostic.Message);
        Assert.Contains("et mål", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void A_goal_and_an_action_with_the_same_id_are_reported()
    {
        var run = ContentRun.Of(SampleInput.With((FocusArea3, """
            id: kommunikation
            title: Kommunikation
            goals:
              - id: aula
                title: Forældre får nyt om skolen.
            actions:
              - id: aula
                text: Vi tager Aula i brug.
                goals: [aula]
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, FocusArea3, 7, 9);
        Assert.Contains($"{ContentRun.Display(FocusArea3)}(4,9)", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void Two_focus_areas_with_the_same_id_are_reported_in_the_second_file()
    {
        var run = ContentRun.Of(SampleInput.With((FocusArea3, """
            id: paedagogisk-sigte
            title: Kommunikation
            goals:
              - id: aula
                title: Forældre får nyt om skolen.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, FocusArea3, 1, 5);
        Assert.Contains($"{ContentRun.Display(SampleInput.FocusArea1)}(1,5)", diagnostic.Message);
    }

    [Fact]
    public void An_appendix_action_with_the_id_of_a_focus_area_action_is_reported_in_the_appendix()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            actions:
              - id: dashboard
                category: udstyr
                text: Dashboard til skolerne.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, SampleInput.Appendix2020, 4, 9);
        Assert.Contains("en handling", diagnostic.Message);
        Assert.Contains(ContentRun.Display(SampleInput.FocusArea2), diagnostic.Message);
    }

    [Fact]
    public void A_chapter_with_the_id_of_a_goal_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: nysgerrig-omgang
            title: Vision
            ---
            Tekst.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, SampleInput.FocusArea1, 8, 9);
        Assert.Contains($"{ContentRun.Display(SampleInput.Chapter2)}(2,5)", diagnostic.Message);
    }

    [Fact]
    public void An_appendix_action_with_an_unknown_category_is_reported_with_the_known_categories()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                text: Kursus i Aula for forældre.
                category: kompetence
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.Appendix2020, 6, 15);
        Assert.Contains("'kompetence'", diagnostic.Message);
        Assert.Contains("kompetenceudvikling, udstyr", diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void An_appendix_category_in_a_strategy_without_categories_says_where_to_add_them()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.Appendix2020, 6, 15);
        Assert.Contains("'categories'", diagnostic.Message);
    }

    [Fact]
    public void A_category_declared_twice_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
              - id: udstyr
                title: Udstyr og enheder
            """)));

        run.Expect(DiagnosticCodes.DuplicateId, SampleInput.Strategy, 7, 9);
        Assert.Single(run.Errors);
    }

    [Theory]
    [InlineData("maal")]
    [InlineData("bilag")]
    [InlineData("print")]
    [InlineData("data")]
    public void A_chapter_with_an_id_the_site_uses_in_addresses_is_reported(string id)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, $"""
            ---
            id: {id}
            title: Vision
            ---
            Tekst.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.ReservedId, SampleInput.Chapter2, 2, 5);
        Assert.Contains($"'{id}-1'", diagnostic.Message);
    }

    [Fact]
    public void A_focus_area_with_a_reserved_id_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: bilag
            title: Bilag
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data.
            """)));

        run.Expect(DiagnosticCodes.ReservedId, SampleInput.FocusArea2, 1, 5);
    }

    [Fact]
    public void Two_appendices_for_the_same_school_year_are_reported_at_the_second()
    {
        const string second = SampleInput.StrategyFolder + "/appendices/bilag-3.yml";
        var run = ContentRun.Of(SampleInput.With((second, """
            school_year: 2021-22
            title: Konkrete handlinger 2021/22, revideret
            actions:
              - id: 2021-22-revideret-kursus
                category: kompetenceudvikling
                text: Kursus i teknologiforståelse.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, second, 1, 1);
        Assert.Contains("2021/22", diagnostic.Message);
        Assert.Contains(ContentRun.Display(SampleInput.Appendix2021), diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void Ids_may_repeat_in_different_strategies()
    {
        var files = SampleInput.Files();
        foreach (var (path, text) in SampleInput.Files().Where(p => p.Key.StartsWith(SampleInput.StrategyFolder + "/", StringComparison.Ordinal)))
        {
            files[path.Replace("/digitaliseringsplan/", "/it-strategi/", StringComparison.Ordinal)] = text;
        }

        var run = ContentRun.Of(files);

        run.ExpectNoDiagnostics();
        Assert.Equal(2, run.LoadedSite.Strategies.Count());
    }
}
