using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class ChapterLoaderTests
{
    [Fact]
    public void A_chapter_without_front_matter_is_reported_at_its_first_line()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            # Vision

            Alle børn bliver digitalt myndige.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.MissingFrontMatter, SampleInput.Chapter2, 1, 1);
        Assert.Contains("---", diagnostic.Message);
        Assert.Equal(["indledning"], run.Strategy.Chapters.Select(c => c.Id));
    }

    [Fact]
    public void A_chapter_whose_front_matter_never_ends_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            title: Vision

            Alle børn bliver digitalt myndige.
            """)));

        run.Expect(DiagnosticCodes.MissingFrontMatter, SampleInput.Chapter2, 1, 1);
    }

    [Fact]
    public void A_field_error_in_front_matter_is_reported_at_the_line_of_the_file()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            tittle: Vision
            ---
            Alle børn bliver digitalt myndige.
            """)));

        var unknown = run.Expect(DiagnosticCodes.UnknownField, SampleInput.Chapter2, 3, 1);
        Assert.Contains("Mente du 'title'?", unknown.Message);
        run.Expect(DiagnosticCodes.MissingField, SampleInput.Chapter2, 2, 1);
    }

    [Fact]
    public void A_chapter_id_in_uppercase_is_reported_with_a_suggestion()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: Vores Vision
            title: Vision
            ---
            Alle børn bliver digitalt myndige.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, SampleInput.Chapter2, 2, 5);
        Assert.Contains("'vores-vision'", diagnostic.Message);
    }

    [Fact]
    public void A_chapter_without_text_gives_a_warning_at_the_line_after_the_front_matter()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            title: Vision
            ---

            """)));

        run.Expect(DiagnosticCodes.EmptyContent, SampleInput.Chapter2, 5, 1, Severity.Warning);
        run.ExpectNoErrors();
    }

    [Fact]
    public void A_chapter_with_crlf_line_endings_loads_like_one_with_lf()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2,
            "---\r\nid: vision\r\ntitle: Vision\r\n---\r\nAlle børn\r\nbliver *myndige*.\r\n")));

        run.ExpectNoDiagnostics();
        var chapter = run.Strategy.Chapters[1];
        Assert.Equal("Vision", chapter.Title);
        Assert.Equal("<p>Alle børn\nbliver <em>myndige</em>.</p>", chapter.Body.Html);
    }
}
