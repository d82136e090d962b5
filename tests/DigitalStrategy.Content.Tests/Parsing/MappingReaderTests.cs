using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Parsing;

public sealed class MappingReaderTests
{
    [Fact]
    public void A_misspelt_field_is_reported_where_it_stands_and_the_right_name_is_suggested()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea1, """
            id: paedagogisk-sigte
            title: Pædagogisk sigte
            goals:
              - id: nysgerrig-omgang
                tittle: Nysgerrig omgang
            """)));

        var unknown = run.Expect(DiagnosticCodes.UnknownField, SampleInput.FocusArea1, 5, 5);
        Assert.Contains("'tittle'", unknown.Message);
        Assert.Contains("Mente du 'title'?", unknown.Message);

        // The goal now has no title either, reported at the start of the goal.
        var missing = run.Expect(DiagnosticCodes.MissingField, SampleInput.FocusArea1, 4, 5);
        Assert.Contains("'title'", missing.Message);
    }

    [Fact]
    public void A_field_that_does_not_resemble_any_known_field_gets_advice_to_delete_it()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, """
            title: Digitale strategier
            farve: blå
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownField, SampleInput.Site, 2, 1);
        Assert.DoesNotContain("Mente du", diagnostic.Message);
        Assert.Contains("Slet feltet", diagnostic.Message);
    }

    [Fact]
    public void A_misspelt_field_in_a_nested_mapping_is_reported_with_a_suggestion()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, """
            title: Digitaliseringsplan
            vocabulary:
              focus_aera: Sigte
            categories:
              - id: kompetenceudvikling
                title: Kompetenceudvikling
              - id: udstyr
                title: Udstyr
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownField, SampleInput.Strategy, 3, 3);
        Assert.Contains("Mente du 'focus_area'?", diagnostic.Message);
    }

    [Fact]
    public void A_list_where_a_text_belongs_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, """
            title:
              - Digitale strategier
            """)));

        run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Site, 2, 3);
    }

    [Fact]
    public void A_number_field_with_text_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            number: første
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Appendix2020, 2, 9);
        Assert.Contains("'number'", diagnostic.Message);
    }

    [Fact]
    public void A_single_goal_reference_written_without_list_is_accepted()
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
                goals: datainformeret-ledelse
            """)));

        run.ExpectNoDiagnostics();
        Assert.Equal(["datainformeret-ledelse"], run.Strategy.FocusAreas[1].Actions[0].GoalIds);
    }
}
