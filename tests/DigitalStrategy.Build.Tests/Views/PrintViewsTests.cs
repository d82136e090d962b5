using AngleSharp.Dom;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Views;

/// <summary>The views made for paper: the whole strategy and each annual appendix, as written for a small site.</summary>
public sealed class PrintViewsTests : IAsyncLifetime
{
    private const string StrategyPrint = "/testby/plan/print/";
    private const string AppendixPrint = "/testby/plan/bilag/2021-22/print/";

    private readonly TestSite site = TestSite.Create(WithBaseUrl(SampleSources.Minimal()));

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Today: new DateOnly(2026, 11, 21)));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_strategy_and_each_appendix_link_their_print_view_and_no_page_links_a_pdf_without_build_pdf()
    {
        Assert.Equal(StrategyPrint, Link(site.Page("/testby/plan/"), "Udskriv hele strategien"));
        Assert.Equal(AppendixPrint, Link(site.Page("/testby/plan/bilag/2021-22/"), "Udskriv bilaget"));
        Assert.Equal("/testby/plan/bilag/2022-23/print/", Link(site.Page("/testby/plan/bilag/2022-23/"), "Udskriv bilaget"));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.pdf", SearchOption.AllDirectories));
        Assert.All(AllPages(), page => Assert.Empty(page.QuerySelectorAll("a[href$='.pdf']")));
    }

    [Fact]
    public void The_whole_strategy_holds_every_chapter_focus_area_goal_action_and_appendix_in_reading_order()
    {
        var text = Squash(string.Join(' ', site.Page(StrategyPrint).QuerySelectorAll("main .print-part").Select(p => p.TextContent)));
        string[] order =
        [
            "Planen handler om", "Hvorfor en plan?", "Læring og trivsel", "Børn lærer med digitale værktøjer.",
            "Børn trives online.", "Vi holder kurser for pædagoger.", "Skoleåret 2021/22", "Udskiftning af elevcomputere",
            "Udrulning af Aula", "Bilaget forelægges styregruppen.", "Fortsat fokus på Aula",
        ];
        var positions = order.Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.All(order.Zip(positions), p => Assert.True(p.Second >= 0, $"'{p.First}' is missing from the print view"));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_whole_strategy_has_a_contents_list_leading_to_each_part()
    {
        var page = site.Page(StrategyPrint);
        var contents = page.QuerySelector("main nav.print-contents")!;
        var targets = contents.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#kapitel-indledning", "#fokusomraader", "#fa-laering-og-trivsel", "#bilag-2021-22", "#bilag-2022-23"], targets);
        Assert.All(targets, t => Assert.NotNull(page.GetElementById(t[1..])));
    }

    [Fact]
    public void Links_to_the_strategys_own_pages_become_links_within_the_print_view()
    {
        var page = site.Page(StrategyPrint);
        var chapter = page.GetElementById("kapitel-indledning")!;
        var links = chapter.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#maal-laering", "#kurser"], links);
        Assert.Equal("maal-laering", page.QuerySelector("#fa-laering-og-trivsel .goal[data-id=laering]")!.Id);
        Assert.NotNull(page.QuerySelector("#fa-laering-og-trivsel #kurser"));

        foreach (var link in page.QuerySelectorAll("main a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#'))
            {
                Assert.True(page.GetElementById(href[1..]) is not null, $"{href} leads nowhere on the print view");
            }
            else
            {
                Assert.False(href.StartsWith("/testby/plan/", StringComparison.Ordinal) && !link.ClassList.Contains("live-link"), $"{href} should lead within the print view");
            }
        }
    }

    [Fact]
    public void Ids_are_unique_on_every_page_and_the_prose_headings_sit_below_their_part()
    {
        foreach (var page in AllPages())
        {
            var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Equal(ids.Distinct().Count(), ids.Count);
        }

        var print = site.Page(StrategyPrint);
        Assert.Equal("H3", print.QuerySelectorAll("#kapitel-indledning h2 ~ div h3, #kapitel-indledning .prose > *").First(h => h.TextContent == "Hvorfor en plan?").TagName);
        Assert.NotNull(site.Page("/testby/plan/indledning/").QuerySelectorAll("main h2").FirstOrDefault(h => h.TextContent == "Hvorfor en plan?"));
        Assert.Empty(print.QuerySelectorAll("[data-heading-offset]"));
        var levels = print.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.TagName[1] - '0').ToList();
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"heading level jumps from h{pair.First} to h{pair.Second}"));
    }

    [Fact]
    public void A_print_view_says_which_edition_it_is_and_where_the_live_page_is()
    {
        var strategy = site.Page(StrategyPrint);
        var masthead = strategy.QuerySelector(".print-masthead")!;
        Assert.Contains("21. november 2026", masthead.TextContent);
        Assert.Equal("https://strategier.example.dk/testby/plan/", masthead.QuerySelector("a.live-link")!.TextContent);

        var appendix = site.Page(AppendixPrint).QuerySelector(".print-masthead")!;
        Assert.Equal("https://strategier.example.dk/testby/plan/bilag/2021-22/", appendix.QuerySelector("a.live-link")!.TextContent);
        Assert.Equal("/testby/plan/bilag/2021-22/", appendix.QuerySelector("a.live-link")!.GetAttribute("href"));
        Assert.Equal("noindex", site.Page(AppendixPrint).QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public void The_appendix_prints_as_a_document_with_its_facts_its_actions_by_category_and_the_goals_they_serve()
    {
        var page = site.Page(AppendixPrint);
        Assert.Equal("Konkrete handlinger 2021/22", page.QuerySelector("main h1")!.TextContent);
        var facts = page.QuerySelectorAll(".print-facts dt").ToDictionary(dt => dt.TextContent, dt => Squash(dt.NextElementSibling!.TextContent));
        Assert.Equal("Testby Kommune", facts["Kommune"]);
        Assert.Equal("Digitaliseringsplan for Testby", facts["Strategi"]);
        Assert.StartsWith("2021/22", facts["Skoleår"]);

        var categories = page.QuerySelectorAll("main section").Where(s => s.QuerySelector(".action") is not null)
            .ToDictionary(s => s.QuerySelector("h2")!.TextContent, s => s.QuerySelectorAll(".action").Select(a => a.GetAttribute("data-id")).ToList());
        Assert.Equal(["2021-22-computere"], categories["Udstyr"]);
        Assert.Equal(["2021-22-aula"], categories["Digitale platforme"]);

        var served = page.QuerySelectorAll("[id='2021-22-aula'] .serves a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#maal-laering", "#maal-trivsel"], served);
        Assert.Equal(["laering", "trivsel"], page.QuerySelectorAll(".print-goals li").Select(li => li.GetAttribute("data-id")));
    }

    [Fact]
    public void Links_carry_their_full_published_address_for_paper_except_in_page_links_and_glossary_terms()
    {
        var chapter = site.Page("/testby/plan/indledning/");
        var addresses = chapter.QuerySelectorAll("main .prose a").Select(a => a.GetAttribute("data-print-href")).ToList();
        Assert.Equal(["https://strategier.example.dk/testby/plan/maal/laering/", "https://strategier.example.dk/testby/plan/laering-og-trivsel/#kurser"], addresses);
        Assert.All(AllPages().SelectMany(p => p.QuerySelectorAll("main a[href^='#'], main a.term")), a => Assert.Null(a.GetAttribute("data-print-href")));
        Assert.All(AllPages().SelectMany(p => p.QuerySelectorAll("body > header a, body > footer a, nav.breadcrumbs a")), a => Assert.Null(a.GetAttribute("data-print-href")));
    }

    [Fact]
    public void Every_page_names_its_municipality_strategy_and_school_year_in_the_running_header_of_paper()
    {
        Assert.Equal("Testsitet", RunningHeader("/"));
        Assert.Equal("Testby Kommune", RunningHeader("/testby/"));
        Assert.Equal("Testby Kommune · Plan", RunningHeader("/testby/plan/maal/laering/"));
        Assert.Equal("Testby Kommune · Plan", RunningHeader(StrategyPrint));
        Assert.Equal("Testby Kommune · Plan · Skoleåret 2021/22", RunningHeader("/testby/plan/bilag/2021-22/"));
        Assert.Equal("Testby Kommune · Plan · Skoleåret 2021/22", RunningHeader(AppendixPrint));
        Assert.All(AllPages(), page => Assert.NotNull(page.QuerySelector("link[rel=stylesheet][media=print][href='/assets/print.css']")));
    }

    /// <summary>The text the page's own running-header stylesheet puts at the top of each printed sheet.</summary>
    private string RunningHeader(string url)
    {
        var sheets = site.Page(url).QuerySelectorAll("link[rel=stylesheet][media=print]").Select(l => l.GetAttribute("href")!)
            .Where(h => h.StartsWith("/assets/sidehoved", StringComparison.Ordinal)).ToList();
        var css = File.ReadAllText(site.FileOf(Assert.Single(sheets)));
        var match = System.Text.RegularExpressions.Regex.Match(css, "@top-left \\{ content: \"(.*)\"; \\}");
        Assert.True(match.Success, css);
        return match.Groups[1].Value;
    }

    private IEnumerable<IDocument> AllPages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/').Replace("index.html", ""))
            .Select(site.Page);

    private static string? Link(IDocument page, string text) =>
        page.QuerySelectorAll("main .print-links a").SingleOrDefault(a => a.TextContent == text)?.GetAttribute("href");

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Dictionary<string, string> WithBaseUrl(Dictionary<string, string> files)
    {
        files["site.yml"] = "base_url: https://strategier.example.dk/\n" + files["site.yml"];
        return files;
    }
}
