using System.Text.RegularExpressions;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

/// <summary>DS0016: script written into a source is made harmless and reported where it was written.</summary>
public sealed partial class UnsafeMarkupTests
{
    private const string FocusAreaHead = """
        id: anvendelse-af-data
        title: Anvendelse af data
        goals:
          - id: datainformeret-ledelse
            title: Ledelsen bruger data til at udvikle skolerne.

        """;

    [Theory]
    [InlineData("Alle børn <script>alert(1)</script> bliver myndige.", 11, "<script>-element")]
    [InlineData("Se [planen](javascript:alert(1)) her.", 4, "Linket til 'javascript:alert(1)'")]
    [InlineData("Logo: ![Lemvig](javascript:alert(1))", 7, "Billedet med adressen")]
    [InlineData("Se <JavaScript:alert(1)>.", 4, "Linket til 'JavaScript:alert(1)'")]
    [InlineData("Et billede <img src=x onerror=alert(1)> her.", 23, "'onerror='")]
    [InlineData("Et <a href=\"javascript:alert(1)\">link</a> her.", 13, "'javascript:'")]
    public void Script_in_a_chapter_is_reported_at_its_line_and_column(string line, int column, string message)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, $"""
            ---
            id: vision
            title: Vision
            ---
            Første afsnit.

            {line}
            """)));

        var warning = run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.Chapter2, 7, column, Severity.Warning);
        Assert.Contains(message, warning.Message);
        run.ExpectNoErrors();
    }

    [Fact]
    public void A_reference_link_is_reported_at_its_definition()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            title: Vision
            ---
            Se [planen][plan] og [den igen][plan].

            [plan]: javascript:alert(1)
            """)));

        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.Chapter2, 7, 9, Severity.Warning);
        Assert.Equal("<p>Se planen og den igen.</p>", run.Strategy.Chapters.Single(c => c.Id == "vision").Body.Html);
    }

    [Fact]
    public void Code_is_shown_as_written_and_not_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            title: Vision
            ---
            Skriv aldrig `<script>` i en tekst.

                <a onclick="x">indrykket kode</a>

            ```
            javascript:alert(1)
            ```

            Vi lærer om JavaScript: et sprog til hjemmesider, der er online = altid.
            """)));

        run.ExpectNoDiagnostics();
    }

    [Fact]
    public void Script_in_an_action_text_is_reported_at_its_line_in_the_yaml_file()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, FocusAreaHead + """
            actions:
              - id: dashboard
                text: Vi laver et [dashboard](javascript:alert(1)).
                goals: [datainformeret-ledelse]
            """)));

        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.FocusArea2, 8, 23, Severity.Warning);
        Assert.Equal("Vi laver et dashboard.", run.Strategy.FindFocusArea("anvendelse-af-data")!.Actions[0].Text.Html);
    }

    [Fact]
    public void Script_in_a_literal_block_is_reported_at_its_line_inside_the_block()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            id: anvendelse-af-data
            title: Anvendelse af data
            goals:
              - id: datainformeret-ledelse
                title: Ledelsen bruger data til at udvikle skolerne.
                explanation: |
                  Det betyder, at ledelsen
                  bruger data.

                  Se <script>alert(1)</script> og <script>alert(2)</script>.
            """)));

        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.FocusArea2, 10, 10, Severity.Warning);
        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.FocusArea2, 10, 39, Severity.Warning);
    }

    [Fact]
    public void Script_in_a_folded_block_is_reported_at_its_line_inside_the_block()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, FocusAreaHead + """
            introduction: >
              Det betyder, at ledelsen
              bruger [data](javascript:alert(1)).
            """)));

        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.FocusArea2, 8, 10, Severity.Warning);
    }

    [Fact]
    public void Script_hidden_by_a_yaml_escape_is_reported_at_the_start_of_the_value()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, FocusAreaHead + """
            introduction: "Vi \x3cscript>alert(1)\x3c/script>"
            """)));

        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.FocusArea2, 6, 15, Severity.Warning);
    }

    [Theory]
    [InlineData("title: Anvendelse <script>alert(1)</script>", 19, "<script>-element")]
    [InlineData("title: <b onmouseover=alert(1)>Data</b>", 11, "'onmouseover='")]
    [InlineData("heading: javascript:alert(1)", 10, "'javascript:'")]
    [InlineData("keywords: [Data, \"<svg/onload=alert(1)>\"]", 24, "'onload='")]
    public void Script_in_a_plain_text_field_is_reported_though_it_is_shown_as_text(string field, int column, string message)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, field + "\n" + FocusAreaHead.Replace("title: Anvendelse af data\n", "") + """
            target_groups: [ledere]
            """)));

        var warning = run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.FocusArea2, 1, column, Severity.Warning);
        Assert.Contains(message, warning.Message);
    }

    [Fact]
    public void Script_in_front_matter_is_reported_at_its_line_in_the_chapter()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            title: Vision <script>alert(1)</script>
            ---
            Alle børn bliver digitalt myndige.
            """)));

        run.Expect(DiagnosticCodes.UnsafeMarkup, SampleInput.Chapter2, 3, 15, Severity.Warning);
    }

    [Theory]
    [InlineData("title: \"Kursus i JavaScript: grundforløb\"")]
    [InlineData("title: Data, der er online = altid tilgængelige")]
    [InlineData("title: Programmering med Scratch og on/off-knapper")]
    public void Ordinary_text_is_not_reported(string field)
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, field + "\n" + FocusAreaHead.Replace("title: Anvendelse af data\n", ""))));

        run.ExpectNoDiagnostics();
    }

    [Fact]
    public void No_page_text_holds_a_script_a_handler_or_a_script_address()
    {
        const string Hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [a](javascript:alert(3)) " +
            "![b](vbscript:msgbox(4)) <javascript:alert(5)> [c](data:text/html,x) <a href='javascript:alert(6)' onclick='alert(7)'>d</a>";
        var run = ContentRun.Of(SampleInput.With(
            (SampleInput.Municipality, $"name: Lemvig Kommune\ndescription: \"{Hostile}\""),
            (SampleInput.Chapter2, $"---\nid: vision\ntitle: Vision\n---\n{Hostile}\n\n> {Hostile}\n\n- {Hostile}\n\n| a |\n| - |\n| {Hostile.Replace("|", "")} |\n"),
            (SampleInput.FocusArea2, FocusAreaHead.Replace("skolerne.", $"skolerne.\n    explanation: \"{Hostile}\"") + $"""
                introduction: |
                  {Hostile}
                actions:
                  - id: dashboard
                    text: "{Hostile}"
                """)));

        var texts = AllRichTexts(run.LoadedSite).ToList();
        Assert.Equal(5, texts.Count(t => t.Markdown.Contains("<script>", StringComparison.Ordinal)));
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain("<script", text.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(HandlerAttribute(), text.Html);
            Assert.DoesNotMatch(ScriptAddress(), text.Html);
        });
        Assert.Contains(run.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeMarkup);
        Assert.All(run.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Yaml_nested_too_deeply_is_an_error_not_a_crash()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, "id: anvendelse-af-data\nkeywords: " + new string('[', 100_000))));

        var error = run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea2, 2, 42);
        Assert.Contains("mere end 32 lag", error.Message);
    }

    [Fact]
    public void Markdown_nested_too_deeply_is_an_error_not_a_crash()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, "---\nid: vision\ntitle: Vision\n---\n" + new string('>', 10_000) + " citat\n")));

        var error = run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Chapter2, 5, 1);
        Assert.Contains("for mange lag", error.Message);
    }

    private static IEnumerable<RichText> AllRichTexts(Site site) =>
        site.Municipalities.Select(m => m.Description)
            .Concat(site.Strategies.SelectMany(s =>
                new[] { s.Summary }
                    .Concat(s.Chapters.Select(c => c.Body))
                    .Concat(s.FocusAreas.Select(f => f.Introduction))
                    .Concat(s.Goals.Select(g => g.Explanation))
                    .Concat(s.Actions.Select(a => a.Text))
                    .Concat(s.Appendices.Select(a => a.Note))))
            .OfType<RichText>();

    /// <summary>An attribute whose name starts with "on" inside a real tag (escaped text has no '&lt;').</summary>
    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    /// <summary>A link or image address with a script scheme inside a real tag.</summary>
    [GeneratedRegex(@"<[a-z][^>]*\s(href|src)\s*=\s*[""']?\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptAddress();
}
