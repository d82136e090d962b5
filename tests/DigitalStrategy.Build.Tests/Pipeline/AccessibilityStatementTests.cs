using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Pipeline;

public sealed class AccessibilityStatementTests
{
    [Fact]
    public async Task The_statement_page_shows_status_contact_evaluation_and_review_date()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = site.Page("/tilgaengelighedserklaering/");
        Assert.Equal("Tilgængelighedserklæring", page.QuerySelector("h1")!.TextContent.Replace("\u00AD", "", StringComparison.Ordinal));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Testredaktionen", text, StringComparison.Ordinal);
        Assert.Contains("fuldt ud i overensstemmelse med WCAG 2.1 på niveau AA", text, StringComparison.Ordinal);
        Assert.Contains("Vi kender ikke til indhold", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='mailto:tilgaengelighed@example.dk']"));
        Assert.NotNull(page.QuerySelector("a[href='tel:+4512345678']"));
        Assert.Equal("2026-11-01", page.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("1. november 2026", page.QuerySelector("time")!.TextContent);
    }

    [Fact]
    public async Task Every_page_links_to_the_statement_from_its_footer_with_the_exact_text()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file));
            var link = page.QuerySelectorAll("footer a").SingleOrDefault(a => a.TextContent == "Tilgængelighedserklæring");
            Assert.True(link?.GetAttribute("href") == "/tilgaengelighedserklaering/", file + " has no footer link to the statement");
        }
    }

    [Fact]
    public async Task The_short_address_was_leads_to_the_statement_on_hosts_without_redirects()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        var stub = site.Page("/was/");
        Assert.Equal("0; url=/tilgaengelighedserklaering/", stub.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.NotNull(stub.QuerySelector("main a[href='/tilgaengelighedserklaering/']"));
    }

    [Theory]
    [InlineData("2027-11-01", 0)]
    [InlineData("2027-11-02", 1)]
    public async Task Check_warns_when_the_review_is_more_than_a_year_old(string today, int warnings)
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, WriteFiles: false,
            Today: DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.True(result.Succeeded);
        var stale = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.StaleAccessibilityStatement).ToList();
        Assert.Equal(warnings, stale.Count);
        if (warnings > 0)
        {
            Assert.False(stale[0].IsError);
            Assert.Equal(("site.yml", 8), (Path.GetFileName(stale[0].Location.Path), stale[0].Location.Line));
            Assert.Contains("1. november 2026", stale[0].Message, StringComparison.Ordinal);
        }
    }
}
