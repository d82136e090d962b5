using DigitalStrategy.Browser.Tests.Support;
using Microsoft.Playwright;

namespace DigitalStrategy.Browser.Tests.Search;

/// <summary>
/// The search page on the real site with its Pagefind index, in Chromium, with known answers from
/// the five strategies: what a parent types, what they must find, and that it stays accessible.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class SearchPageTests(PublishedSite site)
{
    private sealed class Result
    {
        public string Title { get; set; } = "";

        public string Href { get; set; } = "";

        public string Meta { get; set; } = "";

        public string Text { get; set; } = "";

        public string[] Marked { get; set; } = [];
    }

    [Theory]
    [InlineData("Aula", new[] { "Lemvig Kommune", "Jammerbugt Kommune" })]
    [InlineData("Meebook", new[] { "Herning Kommune", "Lemvig Kommune" })]
    [InlineData("læringsplatform", new[] { "Aalborg Kommune", "Herning Kommune" })]
    public async Task A_word_finds_it_in_every_municipality_that_writes_it(string query, string[] municipalities)
    {
        var page = await OpenAsync($"/soeg/?q={Uri.EscapeDataString(query)}");
        var results = await AllResultsAsync(page);

        Assert.All(municipalities, m => Assert.Contains(results, r => r.Meta.Contains(m, StringComparison.Ordinal)));
        Assert.Contains(results, r => r.Marked.Any(w => w.Contains(query, StringComparison.OrdinalIgnoreCase)));
        Assert.Matches($"^{results.Count} resultat(er)? for »{query}«", await page.TextContentAsync("#search-status") ?? "");
    }

    [Theory]
    [InlineData("platform", "læringsplatform")]
    [InlineData("platform", "samarbejdsplatform")]
    [InlineData("kompetence", "kompetenceudvikling")]
    [InlineData("portal", "fagportaler")]
    [InlineData("portal", "forældreportal")]
    public async Task Part_of_a_compound_word_finds_the_compound(string query, string compound)
    {
        var results = await AllResultsAsync(await OpenAsync($"/soeg/?q={Uri.EscapeDataString(query)}"));

        Assert.Contains(results, r => r.Marked.Any(w => w.Contains(compound, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task The_school_year_filter_narrows_a_search_to_that_years_appendix()
    {
        var page = await OpenAsync("/soeg/?q=Aula");
        var all = await AllResultsAsync(page);
        await page.ClickAsync("#search-filters summary");

        // Opening the filters loads every filter's values and counts the results under each.
        await page.WaitForFunctionAsync("() => document.querySelector('label[for] .facet-count').textContent !== ''");
        Assert.Equal(" (1)", await page.Locator("label", new() { HasText = "Jammerbugt Kommune" }).Locator(".facet-count").TextContentAsync());
        var status = await page.TextContentAsync("#search-status");
        await page.GetByLabel("2021/22", new PageGetByLabelOptions { Exact = false }).CheckAsync();
        await page.WaitForFunctionAsync("previous => document.getElementById('search-status').textContent !== previous", status);

        var filtered = await AllResultsAsync(page);
        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count, $"{filtered.Count} of {all.Count} results are left.");
        Assert.All(filtered, r => Assert.StartsWith("/lemvig/digitaliseringsplan/bilag/2021-22/#", new Uri(r.Href).PathAndQuery + new Uri(r.Href).Fragment, StringComparison.Ordinal));
        Assert.All(filtered, r => Assert.Contains("Skoleåret 2021/22", r.Meta, StringComparison.Ordinal));
        Assert.Contains("skoleaar=2021%2F22", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_is_kept_in_the_address_and_the_back_button_returns_to_the_previous_one()
    {
        var page = await OpenAsync("/soeg/");
        await page.FillAsync("#search-field", "Meebook");
        await page.PressAsync("#search-field", "Enter");
        await page.WaitForURLAsync("**/soeg/?q=Meebook");
        await WaitForStatusAsync(page, "Meebook");
        await page.FillAsync("#search-field", "Aula");
        await page.PressAsync("#search-field", "Enter");
        await WaitForStatusAsync(page, "Aula");

        await page.GoBackAsync();

        await WaitForStatusAsync(page, "Meebook");
        Assert.Equal("Meebook", await page.InputValueAsync("#search-field"));
        Assert.EndsWith("/soeg/?q=Meebook", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_field_in_every_header_leads_to_the_search_page_with_results()
    {
        var page = await NewPageAsync(320);
        await page.GotoAsync(site.Server.Origin + "/lemvig/digitaliseringsplan/");
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Søg i strategierne" }).FillAsync("Meebook");
        await page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/soeg/?q=Meebook");
        await WaitForStatusAsync(page, "Meebook");
        Assert.NotEmpty(await AllResultsAsync(page));
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task The_search_page_with_results_and_filters_open_passes_every_gate(int width)
    {
        await using var auditor = await PageAuditor.StartAsync(site.Browser, site.Server.Origin, width);
        var report = await auditor.AuditAsync("/soeg/?q=platform&kommune=Herning+Kommune&kommune=Lemvig+Kommune", async page =>
        {
            await WaitForStatusAsync(page, "platform");
            Assert.Equal("Afgræns søgningen (2 filtre valgt)", await page.TextContentAsync("#search-filters summary"));

            // Opened without a click, so the keyboard gate starts its Tab walk from the top of the page.
            await page.EvalOnSelectorAsync("#search-filters", "details => { details.open = true; }");
            await page.WaitForFunctionAsync("() => document.querySelector('#search-filters .facet-count').textContent.length > 0");
            Assert.True(await page.IsCheckedAsync("input[name=kommune][value='Herning Kommune']"));
        });

        var findings = report.Accessibility.Concat(report.Reflow).Concat(report.Keyboard).Concat(report.Privacy).ToList();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_so_and_links_to_every_goal_and_action_from_A_to_Å()
    {
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.Origin + "/soeg/?q=Aula");

        var notice = page.GetByText("Søgningen bruger JavaScript, som ikke kører i din browser");
        Assert.True(await notice.IsVisibleAsync());
        await notice.GetByRole(AriaRole.Link).ClickAsync();
        Assert.EndsWith("/soeg/a-til-aa/", page.Url, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Udrulning af Aula i kommunens dagtilbud" }).IsVisibleAsync());
    }

    private async Task<IPage> NewPageAsync(int width)
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = PageAuditor.Height },
            Locale = "da-DK",
        });
        return await context.NewPageAsync();
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await NewPageAsync(1280);
        await page.GotoAsync(site.Server.Origin + path);
        var query = new Uri(site.Server.Origin + path).Query;
        if (query.Length > 0)
        {
            await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.length > 0");
        }

        return page;
    }

    private static Task WaitForStatusAsync(IPage page, string query) =>
        page.WaitForFunctionAsync("q => document.getElementById('search-status').textContent.includes('»' + q + '«')", query);

    /// <summary>Every result, after showing them all with "Vis flere resultater".</summary>
    private static async Task<IReadOnlyList<Result>> AllResultsAsync(IPage page)
    {
        while (await page.IsVisibleAsync("#search-more"))
        {
            var count = await page.Locator(".search-result").CountAsync();
            await page.ClickAsync("#search-more");
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.search-result').length > n", count);
        }

        return await page.EvalOnSelectorAllAsync<Result[]>(".search-result", """
            items => items.map(li => ({
              title: li.querySelector('h2').textContent,
              href: li.querySelector('h2 a').href,
              meta: li.querySelector('.result-meta').textContent,
              text: li.textContent,
              marked: [...li.querySelectorAll('mark')].map(m => m.textContent),
            }))
            """);
    }
}
