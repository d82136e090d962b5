using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Loading;

public sealed class GlossaryLoaderTests
{
    [Fact]
    public void An_abbreviation_keeps_its_expansion_which_is_one_of_its_forms()
    {
        var run = ContentRun.Of(SampleInput.With(("glossary.yml", """
            terms:
              - term: PLC
                expansion: Pædagogisk læringscenter
                aliases: [Læringscentret]
                definition: Skolens center for læremidler.
            """)));

        run.ExpectNoDiagnostics();
        var term = Assert.Single(run.LoadedSite.Glossary);
        Assert.Equal("Pædagogisk læringscenter", term.Expansion);
        Assert.Equal(["PLC", "Pædagogisk læringscenter", "Læringscentret"], term.Forms);
        Assert.Equal("Pædagogisk læringscenter", term.ExpansionOf("PLC"));
        Assert.Null(term.ExpansionOf("Læringscentret"));
    }

    [Theory]
    [InlineData("PLC", true)]
    [InlineData("KOMBIT", true)]
    [InlineData("CFU VIA UC", true)]
    [InlineData("ÆØÅ", true)]
    [InlineData("Aula", false)]
    [InlineData("UNI-Login", false)]
    [InlineData("IT-vejleder", false)]
    [InlineData("X", false)]
    public void An_abbreviation_is_two_or_more_letters_and_no_small_ones(string form, bool expected) =>
        Assert.Equal(expected, GlossaryTerm.IsAbbreviation(form));

    [Fact]
    public void An_expansion_on_a_word_that_is_not_an_abbreviation_is_reported_and_ignored()
    {
        var run = ContentRun.Of(SampleInput.With(("glossary.yml", """
            terms:
              - term: Dagtilbud
                expansion: Vuggestuer og børnehaver
                definition: Pasning før skolen.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.InvalidValue, "glossary.yml", 3, 16);
        Assert.Contains("'Dagtilbud' er ikke en forkortelse", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(run.LoadedSite.Glossary).Expansion);
    }

    [Fact]
    public void A_way_of_writing_that_belongs_to_two_terms_is_reported_where_it_is_written_the_second_time()
    {
        var run = ContentRun.Of(SampleInput.With(("glossary.yml", """
            terms:
              - term: PLC
                expansion: Pædagogisk læringscenter
                definition: Skolens center for læremidler.
              - term: Læringscenter
                aliases: [pædagogisk  læringscenter]
                definition: Det samme.
              - term: KL
                definition: Kommunernes Landsforening.
            """)));

        var diagnostic = run.Expect(DiagnosticCodes.DuplicateId, "glossary.yml", 6, 15);
        Assert.Contains("hører allerede til ordet 'PLC' i linje 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["plc", "kl"], run.LoadedSite.Glossary.Select(t => t.Id));
    }
}
