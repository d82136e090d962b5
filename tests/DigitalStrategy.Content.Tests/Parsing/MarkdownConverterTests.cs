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

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">klik</a>")]
    [InlineData("<div onmouseover=\"alert(1)\">\nTekst\n</div>")]
    [InlineData("<svg/onload=alert(1)>")]
    public void Raw_html_with_handlers_is_shown_as_text(string markdown)
    {
        var html = MarkdownConverter.ToHtml(markdown);

        Assert.StartsWith("<p>&lt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[planen](javascript:alert(1))")]
    [InlineData("[planen](JaVaScRiPt:alert(1))")]
    [InlineData("[planen]( javascript:alert(1) )")]
    [InlineData("[planen](<javascript:alert(1)>)")]
    [InlineData("[planen](java&#x73;cript:alert(1))")]
    [InlineData("[planen](&#106;avascript:alert(1))")]
    [InlineData("[planen](javascript&colon;alert(1))")]
    [InlineData("[planen](vbscript:msgbox(1))")]
    [InlineData("[planen](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[planen][p]\n\n[p]: javascript:alert(1)")]
    [InlineData("[planen][]\n\n[planen]: <javascript:alert(1)> \"titel\"")]
    public void A_link_that_could_run_a_script_keeps_its_text_without_the_link(string markdown)
    {
        var html = MarkdownConverter.ToHtml(markdown);

        Assert.Equal("<p>planen</p>", html);
    }

    [Fact]
    public void A_link_keeps_its_formatted_text()
    {
        Assert.Equal("Se <em>planen</em> her.", MarkdownConverter.InlineToHtml("Se [*planen*](javascript:alert(1)) her."));
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "<p>javascript:alert(1)</p>")]
    [InlineData("<VBScript:msgbox(1)>", "<p>VBScript:msgbox(1)</p>")]
    public void An_autolink_that_could_run_a_script_is_shown_as_text(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownConverter.ToHtml(markdown));
    }

    [Theory]
    [InlineData("Før ![logo](javascript:alert(1)) efter")]
    [InlineData("Før ![logo](data:text/html,<script>alert(1)</script>) efter")]
    [InlineData("Før [![logo](javascript:alert(1))](javascript:alert(2)) efter")]
    public void An_image_that_could_run_a_script_is_left_out(string markdown)
    {
        var html = MarkdownConverter.InlineToHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.StartsWith("Før ", html, StringComparison.Ordinal);
        Assert.EndsWith(" efter", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[a](https://www.lemvig.dk/)", "<a href=\"https://www.lemvig.dk/\">a</a>")]
    [InlineData("[a](/lemvig/digitaliseringsplan/)", "<a href=\"/lemvig/digitaliseringsplan/\">a</a>")]
    [InlineData("[a](../indledning/#baggrund)", "<a href=\"../indledning/#baggrund\">a</a>")]
    [InlineData("[a](mailto:skole@lemvig.dk)", "<a href=\"mailto:skole@lemvig.dk\">a</a>")]
    [InlineData("<https://www.lemvig.dk/>", "<a href=\"https://www.lemvig.dk/\">https://www.lemvig.dk/</a>")]
    public void Ordinary_links_are_kept(string markdown, string expected)
    {
        Assert.Equal(expected, MarkdownConverter.InlineToHtml(markdown));
    }

    [Fact]
    public void Markdown_nested_too_deeply_is_shown_as_text_instead_of_crashing()
    {
        var markdown = new string('>', 5000) + " citat";

        var html = MarkdownConverter.ToHtml(markdown);

        Assert.StartsWith("<p>&gt;&gt;&gt;", html, StringComparison.Ordinal);
        Assert.Equal(markdown, MarkdownConverter.ToPlainText(markdown));
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
