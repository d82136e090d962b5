using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Validation;

/// <summary>
/// 'continues' on an appendix action must name an action of the appendix of the school year just
/// before. The sample has appendices for 2020/21 (one action, 2020-21-kursus) and 2021/22.
/// </summary>
public sealed class ContinuationValidationTests
{
    /// <summary>The 2021/22 appendix with <paramref name="continues"/> on its first action (line 8, value at column 16).</summary>
    private static string Appendix2021With(string continues) => $"""
        school_year: 2021/22
        number: 2
        title: Konkrete handlinger 2021/22
        actions:
          - id: 2021-22-kursus
            category: kompetenceudvikling
            text: Kursus i teknologiforståelse for lærere.
            continues: {continues}
          - id: 2021-22-ipads
            category: udstyr
            text: Nye iPads til indskolingen.
        """;

    [Fact]
    public void An_action_of_the_previous_school_year_is_accepted()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, Appendix2021With("2020-21-kursus"))));

        run.ExpectNoDiagnostics();
    }

    [Fact]
    public void An_unknown_id_is_reported_at_the_value_with_the_closest_action_of_the_previous_year()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, Appendix2021With("2020-21-kurus"))));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.Appendix2021, 8, 16);
        Assert.Equal(
            "Handlingen '2021-22-kursus' fortsætter ('continues') handlingen '2020-21-kurus', som ikke findes i strategien 'digitaliseringsplan'. Mente du '2020-21-kursus'?",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void An_unknown_id_far_from_every_action_asks_for_an_action_of_the_previous_year()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, Appendix2021With("noget-helt-andet"))));

        var diagnostic = run.Expect(DiagnosticCodes.UnknownReference, SampleInput.Appendix2021, 8, 16);
        Assert.EndsWith("Skriv id'et på en handling i bilaget for skoleåret 2020/21, eller fjern feltet.", diagnostic.Message);
    }

    [Fact]
    public void An_action_of_the_same_school_year_is_reported_with_where_it_stands()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, Appendix2021With("2021-22-ipads"))));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidContinuation, SampleInput.Appendix2021, 8, 16);
        Assert.Equal(
            "Handlingen '2021-22-kursus' fortsætter ('continues') handlingen '2021-22-ipads', men den står ikke i bilaget for skoleåret 2020/21 " +
            $"(den står i {ContentRun.Display(SampleInput.Appendix2021)}(9,9)). 'continues' kan kun pege på en handling i bilaget for skoleåret lige før 2021/22.",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void An_action_of_a_focus_area_is_not_an_action_of_the_previous_school_year()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, Appendix2021With("konkrete-erfaringer"))));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidContinuation, SampleInput.Appendix2021, 8, 16);
        Assert.Contains($"(den står i {ContentRun.Display(SampleInput.FocusArea1)}(", diagnostic.Message);
    }

    [Fact]
    public void The_first_appendix_has_no_previous_school_year_to_continue()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
                continues: 2021-22-kursus
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidContinuation, SampleInput.Appendix2020, 7, 16);
        Assert.Equal(
            "Handlingen '2020-21-kursus' fortsætter ('continues') handlingen '2021-22-kursus', men strategien har intet bilag for skoleåret 2019/20, " +
            "året før 2020/21. 'continues' kan kun pege på en handling i bilaget for skoleåret lige før. Fjern feltet.",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void An_appendix_after_a_missing_school_year_cannot_continue_the_one_before_the_gap()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, """
            school_year: 2022/23
            title: Konkrete handlinger 2022/23
            actions:
              - id: 2022-23-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
                continues: 2020-21-kursus
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidContinuation, SampleInput.Appendix2021, 7, 16);
        Assert.Contains("intet bilag for skoleåret 2021/22", diagnostic.Message);
    }

    [Fact]
    public void Continues_on_an_action_of_a_focus_area_is_reported_at_the_field()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data til at udvikle skolerne.
            actions:
              - id: dashboard
                text: Vi laver et fælles dashboard.
                continues: 2020-21-kursus
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidContinuation, SampleInput.FocusArea2, 9, 16);
        Assert.Equal(
            "Handlingen 'dashboard' står under et sigte, så den kan ikke bruge 'continues'. Feltet bruges kun i bilagene for et skoleår, " +
            "til at pege på den handling i bilaget for skoleåret før, som handlingen fortsætter. Fjern feltet.",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void Two_actions_cannot_continue_the_same_action_and_the_second_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, """
            school_year: 2021/22
            title: Konkrete handlinger 2021/22
            actions:
              - id: 2021-22-kursus
                category: kompetenceudvikling
                text: Kursus i teknologiforståelse for lærere.
                continues: 2020-21-kursus
              - id: 2021-22-ipads
                category: udstyr
                text: Nye iPads til indskolingen.
                continues: 2020-21-kursus
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidContinuation, SampleInput.Appendix2021, 11, 16);
        Assert.Equal(
            $"Handlingen '2020-21-kursus' bliver allerede fortsat af '2021-22-kursus' ({ContentRun.Display(SampleInput.Appendix2021)}(7,16)). " +
            "En handling fra skoleåret før kan kun fortsættes af én handling; fjern 'continues' fra den ene.",
            diagnostic.Message);
        Assert.Single(run.Errors);
    }

    [Fact]
    public void Continues_written_as_a_list_is_reported_at_the_list()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2021, Appendix2021With("[2020-21-kursus]"))));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Appendix2021, 8, 16);
        Assert.Contains("'continues'", diagnostic.Message);
        Assert.Single(run.Errors);
    }
}
