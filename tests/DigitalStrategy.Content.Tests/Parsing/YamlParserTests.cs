using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Parsing;

public sealed class YamlParserTests
{
    [Fact]
    public void A_line_indented_less_than_its_siblings_is_a_yaml_error_on_that_line()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea1, """
            id: paedagogisk-sigte
            title: Pædagogisk sigte
            goals:
              - id: nysgerrig-omgang
               title: Nysgerrig omgang
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea1, 5);
        Assert.Contains("indrykning", diagnostic.Message);
    }

    [Fact]
    public void A_line_indented_further_than_its_siblings_is_a_yaml_error_on_that_line_that_mentions_indentation()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea1, """
            id: paedagogisk-sigte
            title: Pædagogisk sigte
              heading: Planens sigte
            goals: []
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea1, 3);
        Assert.Contains("rykket længere ind", diagnostic.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_the_quote_opens()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea1, """
            id: paedagogisk-sigte
            title: "Pædagogisk sigte
            goals:
              - id: nysgerrig-omgang
                title: Nysgerrig omgang
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea1, 2, 8);
        Assert.Contains("anførselstegn", diagnostic.Message);
    }

    [Fact]
    public void A_duplicated_key_is_reported_at_the_second_key()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea1, """
            id: paedagogisk-sigte
            title: Pædagogisk sigte
            goals:
              - id: nysgerrig-omgang
                title: Nysgerrig omgang
            title: Et andet navn
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea1, 6, 1);
        Assert.Contains("to gange", diagnostic.Message);
    }

    [Fact]
    public void A_colon_inside_a_value_is_reported_on_its_line_with_advice_to_quote()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Site, """
            title: Digitale strategier
            description: Mål: læring for alle
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.Site, 2, 17);
        Assert.Contains("kolon", diagnostic.Message);
        Assert.Contains("title: \"Mål: læring\"", diagnostic.Message);
    }

    [Fact]
    public void An_empty_file_is_reported_at_its_first_line()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, "# Kun en kommentar\n")));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea2, 1, 1);
    }

    [Fact]
    public void A_file_that_is_a_list_instead_of_fields_is_reported()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.FocusArea2, """
            - id: anvendelse-af-data
            - title: Anvendelse af data
            """)));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.FocusArea2, 1, 1);
    }

    [Fact]
    public void A_yaml_error_in_front_matter_is_reported_at_the_line_of_the_file_not_of_the_front_matter()
    {
        var run = ContentRun.Of(SampleInput.With((SampleInput.Chapter2, """
            ---
            id: vision
            title: "Vision
            ---
            Tekst.
            """)));

        run.Expect(DiagnosticCodes.YamlSyntax, SampleInput.Chapter2, 3, 8);
    }
}
