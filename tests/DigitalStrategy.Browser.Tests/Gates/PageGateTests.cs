using DigitalStrategy.Browser.Tests.Support;

namespace DigitalStrategy.Browser.Tests.Gates;

/// <summary>
/// The quality gates on every page of the real site, at a phone's and a desktop's width. Each test
/// lists every finding, with the page and the rule, so one run shows all there is to fix.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class PageGateTests(PublishedSite site)
{
    public static TheoryData<int> Widths => [320, 1280];

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Axe_finds_no_WCAG_2_2_AA_violation_on_any_page(int width) =>
        AssertNone(await site.ReportsAsync(width), r => r.Accessibility);

    [Fact]
    public async Task No_page_scrolls_sideways_at_320_px() =>
        AssertNone(await site.ReportsAsync(320), r => r.Reflow);

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_page_starts_with_a_skip_link_and_every_link_is_reachable_with_visible_focus(int width) =>
        AssertNone(await site.ReportsAsync(width), r => r.Keyboard);

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task No_page_breaks_the_CSP_contacts_another_origin_or_stores_anything(int width) =>
        AssertNone(await site.ReportsAsync(width), r => r.Privacy);

    [Fact]
    public void The_gates_cover_every_kind_of_page()
    {
        Assert.Contains("/", site.Pages);
        Assert.Contains("/404.html", site.Pages);
        Assert.Contains(site.Pages, p => p.Contains("/maal/", StringComparison.Ordinal));
        Assert.Contains(site.Pages, p => p.Contains("/bilag/", StringComparison.Ordinal));
        Assert.Equal(site.Build.PageCount, site.Pages.Count + Directory
            .EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count(SitePages.IsRedirectStub));
    }

    private static void AssertNone(IReadOnlyList<PageReport> reports, Func<PageReport, IReadOnlyList<string>> findings)
    {
        var all = reports.SelectMany(findings).ToList();
        Assert.True(all.Count == 0, $"{all.Count} finding(s) on {reports.Count} pages:\n" + string.Join('\n', all));
    }
}
