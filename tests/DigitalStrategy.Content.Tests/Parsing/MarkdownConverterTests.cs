using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Tests.Parsing;

public sealed class MarkdownConverterTests
{
    [Fact]
    public void Raw_html_from_an_editor_is_escaped_not_passed_through()
    {
        var html = MarkdownConverter.ToHtml("Tekst <script>alert(1)</script>");

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Inline_markdown_has_no_wrapping_paragraph()
    {
        Assert.Equal("Vi <em>leger</em>.", MarkdownConverter.InlineToHtml("Vi *leger*."));
    }

    [Fact]
    public void Inline_markdown_of_two_paragraphs_keeps_its_paragraphs()
    {
        Assert.Equal("<p>Et</p>\n<p>To</p>", MarkdownConverter.InlineToHtml("Et\n\nTo"));
    }

    [Fact]
    public void Pipe_tables_are_rendered()
    {
        var html = MarkdownConverter.ToHtml("| Tiltag | Ansvarlig |\n| --- | --- |\n| Kursus | PLC |");

        Assert.Contains("<table>", html);
        Assert.Contains("<td>Kursus</td>", html);
    }
}
