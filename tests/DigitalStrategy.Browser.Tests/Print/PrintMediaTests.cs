using DigitalStrategy.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DigitalStrategy.Browser.Tests.Print;

/// <summary>
/// The real site as Chromium prints it (print media emulated): only the content, black on white,
/// with the addresses of links and the ids of goals and actions, and the print views accessible.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class PrintMediaTests(PublishedSite site)
{
    private const string AppendixPrint = "/lemvig/digitaliseringsplan/bilag/2021-22/print/";
    private const string StrategyPrint = "/herning/faelles-it-strategi-2016-2020/print/";

    [Theory]
    [InlineData(AppendixPrint)]
    [InlineData(StrategyPrint)]
    [InlineData("/lemvig/digitaliseringsplan/bilag/2021-22/")]
    [InlineData("/aalborg/it-og-digitaliseringsstrategi/maal/de-rette-it-kompetencer/")]
    public async Task On_paper_navigation_search_buttons_and_footer_are_left_out_and_the_content_stays(string path)
    {
        var page = await OpenForPrintAsync(path);

        foreach (var selector in new[] { ".skip-link", ".site-header", ".header-search", "nav.breadcrumbs", ".site-footer", ".print-links", "nav.pager", "button" })
        {
            var shown = await page.Locator(selector).EvaluateAllAsync<bool[]>("els => els.map(e => e.checkVisibility())");
            Assert.True(shown.All(s => !s), $"{selector} is printed on {path}");
        }

        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));
    }

    [Theory]
    [InlineData(AppendixPrint)]
    [InlineData(StrategyPrint)]
    public async Task Axe_finds_no_violations_on_the_print_views_as_printed(string path)
    {
        var page = await OpenForPrintAsync(path);

        var violations = await AxeAudit.CheckAsync(page, path + " (print)");
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task A_printed_link_is_followed_by_its_full_published_address_and_actions_show_their_ids()
    {
        var page = await OpenForPrintAsync("/lemvig/digitaliseringsplan/bilag/2021-22/");

        var after = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main .eyebrow a'), '::after').content");
        Assert.Equal("\" (https://digitalestrategier.dk/lemvig/digitaliseringsplan/)\"", after);
        var id = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main .action'), '::before').content");
        Assert.Matches("^\"Id: 2021-22-[a-z0-9-]+\"$", id);
    }

    [Fact]
    public async Task In_the_print_view_a_link_to_a_goal_leads_within_the_document()
    {
        var page = await OpenForPrintAsync(StrategyPrint);

        var link = page.Locator("#kapitel-status-og-sammenhaeng a[href='#fa-laering-laeringsmiljoeet-og-laeremidler']");
        Assert.Equal(1, await link.CountAsync());
        Assert.Equal("none", await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
    }

    private async Task<IPage> OpenForPrintAsync(string path)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 794, Height = 1123 },
            Locale = "da-DK",
        });
        await context.AddInitScriptAsync(AxeAudit.Source);
        var page = await context.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await page.GotoAsync(site.Server.Origin + path);
        return page;
    }
}
