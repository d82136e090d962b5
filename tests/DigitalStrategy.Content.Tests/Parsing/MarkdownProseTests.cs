using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using Markdig;

namespace DigitalStrategy.Content.Tests.Parsing;

/// <summary>
/// Prose is converted without Markdig, so it must come out exactly as Markdig would make it, and
/// anything that only looks like prose must still go through Markdig.
/// </summary>
public sealed class MarkdownProseTests
{
    public static TheoryData<string> Texts => new()
    {
        "Vi holder kurser for pædagoger.",
        "Skolerne skal \"følge op\" på forældreunderstøttelse, bl.a. i 3D-printere (og Lego).",
        "  Indrykket linje\nog en linje mere  med  mellemrum",
        "Første afsnit.\n\nAndet afsnit\nover to linjer.\n\n\n",
        "Linje med hårdt linjeskift  \nnæste linje",
        "Tekst med\u00A0hårdt mellemrum og \u00A0 ved kanten\u00A0",
        "1. punkt",
        "2024. Et årstal først",
        "a) bogstav",
        "iv. romertal",
        "- punkt",
        "# Overskrift",
        "Overskrift\n===",
        "Overskrift\n---",
        "    kode",
        "> citat",
        "*fed* og _kursiv_",
        "Pris: 100 kr. & moms",
        "<b>html</b>",
        "~~slettet~~ ^hævet^ ++indsat++ ==markeret==",
        "a | b\n--|--\n1 | 2",
        "Fodnote[^1]\n\n[^1]: Noten.",
        "javascript:alert(1)",
        "Tekst\u2028med linjeskilletegn",
        "",
        "   ",
        " Mellemrum før",
        "Mellemrum efter ",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_becomes_the_HTML_Markdig_makes_of_it(string text) =>
        Assert.Equal(Markdown.ToHtml(text, MarkdownConverter.Pipeline).Trim(), MarkdownConverter.ToHtml(text));

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_one_line_text_becomes_the_HTML_Markdig_makes_of_it_without_its_paragraph(string text)
    {
        var html = Markdown.ToHtml(text, MarkdownConverter.Pipeline).Trim();
        var inline = html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 1, StringComparison.Ordinal) < 0 ? html[3..^4] : html;
        Assert.Equal(inline, MarkdownConverter.InlineToHtml(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_becomes_the_plain_text_Markdig_makes_of_it(string text)
    {
        var markdig = string.Join(' ', Markdown.ToPlainText(text, MarkdownConverter.Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(markdig, MarkdownConverter.ToPlainText(text));
    }

    [Fact]
    public void Asking_for_the_plain_text_does_not_change_what_a_rich_text_equals()
    {
        var asked = new RichText("Vi holder *kurser*.", "Vi holder <em>kurser</em>.");
        _ = asked.PlainText;

        Assert.Equal(new RichText("Vi holder *kurser*.", "Vi holder <em>kurser</em>."), asked);
        Assert.Equal("Vi holder kurser.", asked.PlainText);
    }
}
