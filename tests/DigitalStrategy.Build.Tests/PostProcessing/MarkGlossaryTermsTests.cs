using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.PostProcessing;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Tests.PostProcessing;

public sealed class MarkGlossaryTermsTests
{
    private const string StrategyGlossary = "/testby/plan/ordforklaring/";

    private const string SharedTerms = """
        terms:
          - term: Aula
            definition: Kommunikationsplatformen.
          - term: BPI
            expansion: Brugerportalsinitiativet
            definition: Brugerportalsinitiativet.
          - term: Dagtilbud
            definition: Vuggestuer og børnehaver.
          - term: Digitale
            definition: Noget med computere.
          - term: Digitale kompetencer
            definition: Digital dannelse og digitale færdigheder.
          - term: KL
            expansion: Kommunernes Landsforening
            definition: Kommunernes Landsforening.
          - term: KOMBIT
            definition: Kommunernes it-fællesskab.
          - term: PLC
            expansion: Pædagogisk læringscenter
            definition: Pædagogisk læringscenter.
          - term: Teknologiforståelse
            definition: Et fagområde.
        """;

    private const string StrategyTerms = """
        terms:
          - term: PLC
            expansion: Det pædagogiske læringscenter
            definition: Det pædagogiske læringscenter i Testby.
          - term: Enheder
            definition: Pc'er eller iPads.
        """;

    private static readonly Site Site = Load(withStrategyGlossary: true);

    [Fact]
    public void Only_the_first_use_of_a_term_on_a_page_is_linked()
    {
        var main = Mark("<p>Aula bruges i dagtilbud.</p><p>Aula igen, og dagtilbud igen.</p>");

        Assert.Equal(
            ["/ordforklaring/#aula", "/ordforklaring/#dagtilbud"],
            main.QuerySelectorAll("a.term").Select(a => a.GetAttribute("href")));
        Assert.Equal("<p><a class=\"term\" href=\"/ordforklaring/#aula\">Aula</a> bruges i <a class=\"term\" href=\"/ordforklaring/#dagtilbud\">dagtilbud</a>.</p>",
            main.FirstElementChild!.OuterHtml);
    }

    [Fact]
    public void Terms_are_found_as_whole_words_only_and_Danish_letters_are_letters()
    {
        var main = Mark("<p>Aulaen, dagtilbudsområdet, teknologiforståelsen og KLØVERSKOLEN.</p><p>Aula-appen i KL's regi.</p>");

        Assert.Empty(main.FirstElementChild!.QuerySelectorAll("a"));
        Assert.Equal(["Aula", "KL"], main.QuerySelectorAll("a.term").Select(a => a.TextContent));
    }

    [Fact]
    public void A_term_at_the_end_of_a_longer_word_is_not_marked_but_the_same_term_right_after_is()
    {
        var main = Mark("<p>MinAula og Aula, førdagtilbud og dagtilbud.</p>");

        Assert.Equal("<p>MinAula og <a class=\"term\" href=\"/ordforklaring/#aula\">Aula</a>, førdagtilbud og <a class=\"term\" href=\"/ordforklaring/#dagtilbud\">dagtilbud</a>.</p>",
            main.FirstElementChild!.OuterHtml);
    }

    [Fact]
    public void Abbreviations_match_only_in_capitals_and_other_terms_in_any_case()
    {
        var main = Mark("<p>Mødet er kl. 8 med Kl og plc.</p><p>DAGTILBUD og teknologiforståelse, så KL og PLC.</p>");

        Assert.Empty(main.FirstElementChild!.QuerySelectorAll("a"));
        Assert.Equal(["DAGTILBUD", "teknologiforståelse", "KL", "PLC"], main.QuerySelectorAll("a.term").Select(a => a.TextContent));
    }

    [Fact]
    public void An_abbreviation_with_an_expansion_is_an_abbr_inside_the_link()
    {
        var main = Mark("<p>BPI, KOMBIT og Kommunernes Landsforening.</p>", new HomePage(Site));

        var links = main.QuerySelectorAll("a.term").ToList();
        Assert.Equal("<a class=\"term\" href=\"/ordforklaring/#bpi\"><abbr title=\"Brugerportalsinitiativet\">BPI</abbr></a>", links[0].OuterHtml);
        Assert.Equal("<a class=\"term\" href=\"/ordforklaring/#kombit\">KOMBIT</a>", links[1].OuterHtml);
        Assert.Equal("<a class=\"term\" href=\"/ordforklaring/#kl\">Kommunernes Landsforening</a>", links[2].OuterHtml);
    }

    [Fact]
    public void The_longest_term_wins_where_terms_overlap_even_across_a_line_break()
    {
        var main = Mark("<p>Børns digitale\n  kompetencer og digitale værktøjer.</p>");

        var links = main.QuerySelectorAll("a.term").ToList();
        Assert.Equal(["/ordforklaring/#digitale-kompetencer", "/ordforklaring/#digitale"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["digitale\n  kompetencer", "digitale"], links.Select(a => a.TextContent));
    }

    [Theory]
    [InlineData("<a href=\"/x/\">Aula</a>")]
    [InlineData("<abbr title=\"x\">Aula</abbr>")]
    [InlineData("<dfn>Aula</dfn>")]
    [InlineData("<h2>Aula</h2>")]
    [InlineData("<h6>Om <em>Aula</em></h6>")]
    [InlineData("<p><code>Aula</code></p>")]
    [InlineData("<pre>Aula</pre>")]
    [InlineData("<nav><ul><li>Aula</li></ul></nav>")]
    [InlineData("<button type=\"button\">Aula</button>")]
    [InlineData("<label>Aula <input></label>")]
    [InlineData("<details><summary>Aula</summary></details>")]
    [InlineData("<table><tr><th scope=\"col\">Aula</th></tr></table>")]
    [InlineData("<svg><text>Aula</text></svg>")]
    [InlineData("<p class=\"eyebrow\">Mål 1 i Aula</p>")]
    [InlineData("<dl><dt>Temaer</dt><dd data-no-glossary>Aula, <em>Aula</em></dd></dl>")]
    public void Text_where_a_link_does_not_belong_is_left_alone_and_the_next_use_is_marked(string skipped)
    {
        var main = Mark(skipped + "<p id=\"later\">Senere kom Aula.</p>");

        var link = Assert.Single(main.QuerySelectorAll("a.term"));
        Assert.Equal("later", link.ParentElement!.Id);
    }

    [Fact]
    public void Only_the_main_content_is_marked()
    {
        var document = Document("<header><p>Aula</p></header><main><p>Om dagtilbud.</p></main><footer><p>Aula</p></footer>");

        new MarkGlossaryTerms().Process(document, new HomePage(Site));

        Assert.Equal(["dagtilbud"], document.QuerySelectorAll("a.term").Select(a => a.TextContent));
    }

    [Fact]
    public void Inside_a_strategy_its_own_terms_come_first_and_link_to_its_glossary()
    {
        var strategy = Site.Strategies.Single();
        var page = new ChapterPage(Site, Site.Municipalities[0], strategy, strategy.Chapters[0]);

        var main = Mark("<p>PLC, enheder og Aula. Pædagogisk læringscenter.</p>", page);

        Assert.Equal(
            $"<p><a class=\"term\" href=\"{StrategyGlossary}#plc\"><abbr title=\"Det pædagogiske læringscenter\">PLC</abbr></a>, " +
            $"<a class=\"term\" href=\"{StrategyGlossary}#enheder\">enheder</a> og " +
            "<a class=\"term\" href=\"/ordforklaring/#aula\">Aula</a>. Pædagogisk læringscenter.</p>",
            main.FirstElementChild!.OuterHtml);
    }

    [Fact]
    public void Outside_a_strategy_the_shared_glossary_is_used()
    {
        var main = Mark("<p>PLC og enheder.</p>", new HomePage(Site));

        var link = Assert.Single(main.QuerySelectorAll("a.term"));
        Assert.Equal("/ordforklaring/#plc", link.GetAttribute("href"));
        Assert.Equal("Pædagogisk læringscenter", link.QuerySelector("abbr")!.GetAttribute("title"));
    }

    [Fact]
    public void The_glossary_pages_themselves_are_not_marked()
    {
        var strategy = Site.Strategies.Single();
        Page[] glossaries = [new GlossaryPage(Site), new StrategyGlossaryPage(Site, Site.Municipalities[0], strategy)];

        Assert.All(glossaries, page => Assert.Empty(Mark("<dl><dd><p>Aula og PLC i dagtilbud.</p></dd></dl>", page).QuerySelectorAll("a")));
    }

    [Fact]
    public void Pages_of_different_sites_processed_in_parallel_each_get_their_own_glossary()
    {
        var other = Load(withStrategyGlossary: false) with { Glossary = [] };
        var processor = new MarkGlossaryTerms();
        var strategy = Site.Strategies.Single();
        Page[] pages = [new HomePage(Site), new HomePage(other), new ChapterPage(Site, Site.Municipalities[0], strategy, strategy.Chapters[0])];
        var documents = Enumerable.Range(0, 60).Select(_ => Document("<main><p>PLC og Aula.</p></main>")).ToArray();

        Parallel.For(0, documents.Length, i => processor.Process(documents[i], pages[i % 3]));

        string[][] expected = [["/ordforklaring/#plc", "/ordforklaring/#aula"], [], [$"{StrategyGlossary}#plc", "/ordforklaring/#aula"]];
        Assert.All(Enumerable.Range(0, documents.Length), i =>
            Assert.Equal(expected[i % 3], documents[i].QuerySelectorAll("a.term").Select(a => a.GetAttribute("href"))));
    }

    private static IElement Mark(string mainHtml, Page? page = null)
    {
        var document = Document($"<main>{mainHtml}</main>");
        new MarkGlossaryTerms().Process(document, page ?? new HomePage(Site));
        return document.QuerySelector("main")!;
    }

    private static IDocument Document(string bodyHtml) =>
        new HtmlParser().ParseDocument($"<!DOCTYPE html><html lang=\"da\"><head><title>Test</title></head><body>{bodyHtml}</body></html>");

    private static Site Load(bool withStrategyGlossary)
    {
        var files = SampleSources.Minimal();
        files["glossary.yml"] = SharedTerms;
        if (withStrategyGlossary)
        {
            files["testby/plan/glossary.yml"] = StrategyTerms;
        }

        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(files.Select(f => new SourceFile(f.Key, "input/" + f.Key, f.Value)).ToList(), "input", diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return site!;
    }
}
