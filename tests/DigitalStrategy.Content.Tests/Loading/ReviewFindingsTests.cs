using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

/// <summary>Mistakes found in review of the loader, each of which once misled an editor.</summary>
public sealed class ReviewFindingsTests
{
    [Fact]
    public void An_upper_case_extension_is_read_and_not_reported_as_unused()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.StrategyFolder + "/appendices/2023-24.YML", """
            school_year: 2023/24
            title: Konkrete handlinger 2023/24
            actions:
              - id: ny-handling
                category: udstyr
                text: Nye computere
            """)));

        run.ExpectNoErrors();
        Assert.DoesNotContain(run.Diagnostics, d => d.Code == DiagnosticCodes.UnexpectedFile);
        Assert.Contains(run.Strategy.Appendices, a => a.SchoolYear.ToString() == "2023/24");
    }

    [Fact]
    public void A_second_yaml_document_is_an_error_not_silently_dropped()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Municipality, "name: Lemvig Kommune\n---\ndescription: Glemt\n")));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.Municipality, 3, 1);
    }

    [Fact]
    public void A_base_url_must_be_a_web_address()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, "title: Sitet\nbase_url: ftp://example.dk/\n")));

        run.Expect(DiagnosticCodes.InvalidValue, SampleInput.Site, 2, 11);
    }

    [Fact]
    public void A_municipality_folder_named_like_the_sites_own_assets_folder_is_rejected()
    {
        var run = ContentRun.Of(new Dictionary<string, string>
        {
            [SampleInput.Site] = "title: Sitet\n",
            ["assets/municipality.yml"] = "name: Aktiv Kommune\n",
        });

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, "assets/municipality.yml", 1, 1);
        Assert.Contains("Omdøb mappen", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_the_search_index_is_told_to_take_another_name_not_its_own()
    {
        var run = ContentRun.Of(new Dictionary<string, string>
        {
            [SampleInput.Site] = "title: Sitet\n",
            ["pagefind/municipality.yml"] = "name: Søgeby Kommune\n",
        });

        var diagnostic = run.Expect(DiagnosticCodes.InvalidId, "pagefind/municipality.yml", 1, 1);
        Assert.Contains("sitet bruger selv adressen /pagefind/", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("fx 'pagefind'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_id_is_reported_even_when_the_title_is_missing_too()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, "---\nid: Vision\n---\nTekst.\n")));

        run.Expect(DiagnosticCodes.InvalidId, SampleInput.Chapter2, 2, 5);
        run.Expect(DiagnosticCodes.MissingField, SampleInput.Chapter2, 2, 1);
    }

    [Fact]
    public void An_action_text_with_several_paragraphs_keeps_them_as_blocks()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.StrategyFolder + "/appendices/2023-24.yml", """
            school_year: 2023/24
            title: Konkrete handlinger 2023/24
            actions:
              - id: ny-handling
                category: udstyr
                text: |
                  Nye computere.

                  - til elever
                  - til lærere
            """)));

        run.ExpectNoErrors();
        var action = Assert.Single(run.Strategy.Actions, a => a.Id == "ny-handling");
        Assert.Equal("<p>Nye computere.</p>\n<ul>\n<li>til elever</li>\n<li>til lærere</li>\n</ul>", action.Text.Html);
    }

    [Fact]
    public void A_summary_has_a_plain_text_form_for_meta_descriptions()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Strategy, "title: Plan\nsummary: En *vigtig* plan med [et link](https://example.dk/).\n")));

        Assert.Equal("En vigtig plan med et link.", run.Strategy.Summary!.PlainText);
    }
}
