using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Parsing;

/// <summary>DS0025–DS0027: headings with nothing under them, headings out of order, and images without alternative text, reported where they are written.</summary>
public sealed class MarkdownReviewTests
{
    private static ContentRun Chapter(string body) => ContentRun.Of(SampleInput.With((SampleInput.Chapter2, $"""
        ---
        id: vision
        title: Vision
        ---
        {body}
        """)));

    [Fact]
    public void A_well_ordered_text_gets_no_warnings()
    {
        var run = Chapter("""
            Indledning.

            ## Mål

            Tekst.

            ### Delmål

            Tekst med ![Elever ved en skærm](https://example.dk/billede.jpg).

            ## Handlinger

            Tekst.
            """);

        Assert.DoesNotContain(run.Diagnostics, d => d.Code is DiagnosticCodes.EmptySection or DiagnosticCodes.HeadingOrder or DiagnosticCodes.ImageWithoutAlt);
    }

    [Fact]
    public void A_heading_that_skips_a_level_is_reported_at_the_heading()
    {
        var run = Chapter("""
            ## Mål

            Tekst.

            #### Delmål

            Tekst.
            """);

        var warning = run.Expect(DiagnosticCodes.HeadingOrder, SampleInput.Chapter2, 9, 1, Severity.Warning);
        Assert.Contains("'####' efter '##'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Brug '###'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_one_heading_in_a_text_is_reported()
    {
        var run = Chapter("""
            # Vision

            Tekst.
            """);

        var warning = run.Expect(DiagnosticCodes.HeadingOrder, SampleInput.Chapter2, 5, 1, Severity.Warning);
        Assert.Contains("Brug '##'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_followed_by_a_heading_of_its_level_or_the_end_is_an_empty_section()
    {
        var run = Chapter("""
            ## Mål

            ## Handlinger

            Tekst.

            ## Evaluering
            """);

        var first = run.Expect(DiagnosticCodes.EmptySection, SampleInput.Chapter2, 5, 1, Severity.Warning);
        Assert.Contains("'Mål' er tomt", first.Message, StringComparison.Ordinal);
        run.Expect(DiagnosticCodes.EmptySection, SampleInput.Chapter2, 11, 1, Severity.Warning);
        Assert.Equal(2, run.Diagnostics.Count(d => d.Code == DiagnosticCodes.EmptySection));
    }

    [Fact]
    public void A_heading_with_only_subsections_under_it_is_not_empty()
    {
        var run = Chapter("""
            ## Mål

            ### Delmål

            Tekst.
            """);

        Assert.DoesNotContain(run.Diagnostics, d => d.Code == DiagnosticCodes.EmptySection);
    }

    [Theory]
    [InlineData("Se ![](https://example.dk/graf.png) her.", 4)]
    [InlineData("![ ](https://example.dk/graf.png)", 1)]
    public void An_image_without_alternative_text_is_reported_where_it_is(string line, int column)
    {
        var run = Chapter($"""
            Tekst.

            {line}
            """);

        var warning = run.Expect(DiagnosticCodes.ImageWithoutAlt, SampleInput.Chapter2, 7, column, Severity.Warning);
        Assert.Contains("https://example.dk/graf.png", warning.Message, StringComparison.Ordinal);
        run.ExpectNoErrors();
    }
}
