using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>Glossary terms in a whole built site: every term link lands on the entry that defines the word.</summary>
public sealed class GlossaryTermsSiteTests
{
    [Fact]
    public async Task A_term_link_lands_on_the_defining_entry_of_its_glossary()
    {
        var sources = SampleSources.Minimal();
        sources["glossary.yml"] = """
            terms:
              - term: Aula
                definition: Kommunikationsplatformen for skoler og dagtilbud.
              - term: PLC
                expansion: Pædagogisk læringscenter
                definition: Skolens center for læremidler.
            """;
        sources["testby/plan/glossary.yml"] = """
            terms:
              - term: Pædagog
                aliases: [pædagoger]
                definition: En uddannet medarbejder i dagtilbud og SFO.
            """;
        using var site = TestSite.Create(sources);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var aula = Assert.Single(site.Page("/testby/plan/bilag/2021-22/").QuerySelectorAll("main a.term"));
        Assert.Equal("/ordforklaring/#aula", aula.GetAttribute("href"));
        AssertDefines(site.Page("/ordforklaring/"), "aula", "Aula");
        var paedagog = Assert.Single(site.Page("/testby/plan/laering-og-trivsel/").QuerySelectorAll("main a.term"));
        Assert.Equal(("/testby/plan/ordforklaring/#paedagog", "pædagoger"), (paedagog.GetAttribute("href"), paedagog.TextContent));
        AssertDefines(site.Page("/testby/plan/ordforklaring/"), "paedagog", "Pædagog");
        Assert.Equal("Pædagogisk læringscenter", site.Page("/ordforklaring/").QuerySelector("#plc dfn abbr")!.GetAttribute("title"));
    }

    /// <summary>The element with the id is the glossary entry whose defining instance is the word.</summary>
    internal static void AssertDefines(IDocument glossary, string id, string word)
    {
        var entry = glossary.GetElementById(id);
        Assert.NotNull(entry);
        Assert.Equal("DT", entry.TagName);
        Assert.Equal(word, entry.QuerySelector("dfn")!.TextContent);
        Assert.Empty(glossary.QuerySelectorAll("main a.term"));
    }
}

/// <summary>The same over the real input/: the five strategies and the shared glossary.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class RealGlossaryTermsTests(RealSite site)
{
    [Fact]
    public void Every_term_link_of_the_real_site_lands_on_a_defining_entry()
    {
        var uses = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(site.Output, Path.GetDirectoryName(file)!).Replace('\\', '/'))
            .Select(url => url == "." ? "" : url + "/")
            .SelectMany(url => site.Page(url).QuerySelectorAll("main a.term").Select(a => (Page: url, Href: a.GetAttribute("href")!)))
            .ToList();
        var links = uses.Select(u => u.Href).Where(h => !h.StartsWith('#')).Distinct(StringComparer.Ordinal).ToList();

        Assert.Contains("/ordforklaring/#dagtilbud", links);
        Assert.Contains("/herning/faelles-it-strategi-2016-2020/ordforklaring/#plc", links);
        Assert.Contains(uses, u => u.Page.StartsWith("lemvig/", StringComparison.Ordinal));
        Assert.DoesNotContain(uses, u => u.Page.StartsWith("herning/faelles-it-strategi-2016-2020/", StringComparison.Ordinal) && u.Href == "/ordforklaring/#plc");
        Assert.All(links, href =>
        {
            var (page, id) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
            Assert.NotNull(site.Page(page).QuerySelector($"dt[id='{id}'] > dfn"));
        });

        // In a print view the terms lead to the strategy's word list within the same document.
        var inPrintViews = uses.Where(u => u.Href.StartsWith('#')).ToList();
        Assert.Contains(inPrintViews, u => u.Page == "herning/faelles-it-strategi-2016-2020/print/" && u.Href == "#plc");
        Assert.All(inPrintViews, u => Assert.NotNull(site.Page(u.Page).QuerySelector($"#ordforklaring dt[id='{u.Href[1..]}'] > dfn")));
    }

    [Fact]
    public void On_a_Herning_page_PLC_is_explained_by_Hernings_own_word_list()
    {
        var link = site.Page("herning/faelles-it-strategi-2016-2020/arbejdsgruppen/").QuerySelector("main a.term[href$='#plc']")!;

        Assert.Equal("/herning/faelles-it-strategi-2016-2020/ordforklaring/#plc", link.GetAttribute("href"));
        Assert.Equal("Pædagogisk læringscenter", link.QuerySelector("abbr")!.GetAttribute("title"));
    }
}
