using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class AppendixLoaderTests
{
    [Fact]
    public void An_appendix_without_school_year_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            number: 1
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.Appendix2020, 1, 1);
        Assert.Contains("'school_year'", diagnostic.Message);
        Assert.Contains("school_year: 2021/22", diagnostic.Message);
        Assert.Equal([new SchoolYear(2021)], run.Strategy.Appendices.Select(a => a.SchoolYear));
    }

    [Theory]
    [InlineData("2021/23")]
    [InlineData("21/22")]
    [InlineData("2021")]
    [InlineData("2021/2022")]
    [InlineData("skoleåret 2021/22")]
    public void A_school_year_not_written_like_2021_22_is_reported_at_its_value(string written)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, $"""
            # Bilag 1
            school_year: {written}
            title: Konkrete handlinger
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidSchoolYear, SampleInput.Appendix2020, 2, 14);
        Assert.Contains($"'{written}'", diagnostic.Message);
        Assert.Contains("2021/22", diagnostic.Message);
    }

    [Fact]
    public void A_school_year_written_with_a_hyphen_is_accepted()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020-21
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
            """)));

        run.ExpectNoDiagnostics();
        Assert.Equal(new SchoolYear(2020), run.Strategy.Appendices[0].SchoolYear);
    }

    [Fact]
    public void An_appendix_action_without_category_is_reported_at_the_action()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            actions:
              - id: 2020-21-kursus
                text: Kursus i Aula for forældre.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingField, SampleInput.Appendix2020, 4, 5);
        Assert.Contains("'category'", diagnostic.Message);
    }

    [Fact]
    public void An_appendix_note_is_rendered_as_markdown()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            note: Forelægges **hvert år** i maj.
            actions:
              - id: 2020-21-kursus
                category: kompetenceudvikling
                text: Kursus i Aula for forældre.
            """)));

        run.ExpectNoDiagnostics();
        Assert.Equal("<p>Forelægges <strong>hvert år</strong> i maj.</p>", run.Strategy.Appendices[0].Note!.Html);
        Assert.Null(run.Strategy.Appendices[0].Number);
    }

    [Fact]
    public void An_appendix_without_actions_gives_a_warning()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Appendix2020, """
            school_year: 2020/21
            title: Konkrete handlinger 2020/21
            """)));

        run.Expect(DiagnosticCodes.EmptyContent, SampleInput.Appendix2020, 1, 1, Severity.Warning);
        run.ExpectNoErrors();
    }

    [Fact]
    public void Continues_is_read_with_the_place_of_its_value()
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
            """)));

        run.ExpectNoDiagnostics();
        var actions = run.Strategy.Appendices.Single(a => a.SchoolYear == new SchoolYear(2021)).Actions;
        Assert.Equal(
            new Located<string>("2020-21-kursus", new SourceLocation(ContentRun.Display(SampleInput.Appendix2021), 7, 16)),
            actions[0].Continues);
        Assert.Null(actions[1].Continues);
    }
}
