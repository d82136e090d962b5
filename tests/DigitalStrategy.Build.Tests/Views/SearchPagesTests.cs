using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Views;

/// <summary>The search page, the header's search field and the A–Z index, as written for a small site.</summary>
public sealed class SearchPagesTests : IAsyncLifetime
{
    private readonly TestSite site = TestSite.Create(SampleSources.Minimal());

    public async Task InitializeAsync()
    {
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    public Task DisposeAsync()
    {
        site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void The_search_form_works_as_a_plain_get_with_a_labelled_field()
    {
        var page = site.Page("/soeg/");
        var form = page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/soeg/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var field = form.QuerySelector("input[type=search][name=q]")!;
        Assert.Equal("Hvad leder du efter?", page.QuerySelector($"label[for='{field.Id}']")!.TextContent);
        Assert.Equal("status", page.GetElementById("search-status")!.GetAttribute("role"));
    }

    [Fact]
    public void The_filters_offer_the_values_of_the_site_as_check_boxes_with_their_keys()
    {
        var page = site.Page("/soeg/");
        var boxes = page.QuerySelectorAll("#search-filters input[type=checkbox]").ToList();
        Assert.Contains(boxes, b => b.GetAttribute("name") == "type" && b.GetAttribute("value") == "Handling");
        Assert.Contains(boxes, b => b.GetAttribute("name") == "skoleaar" && b.GetAttribute("value") == "2021/22");
        Assert.Contains(boxes, b => b.GetAttribute("name") == "maalgruppe" && b.GetAttribute("value") == "Forældre");
        Assert.All(boxes, b => Assert.NotNull(page.QuerySelector($"label[for='{b.Id}']")));
        Assert.Equal(
            ["Type", "Skoleår", "Målgruppe"],
            page.QuerySelectorAll("#search-filters legend").Select(l => l.TextContent));
    }

    [Fact]
    public void Only_the_search_page_has_a_script_and_every_other_page_has_the_search_field_in_its_header()
    {
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var url = "/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/').Replace("index.html", "");
            var page = site.Page(url);
            var scripts = page.QuerySelectorAll("script").Select(s => s.GetAttribute("src")).ToList();
            var isSearch = url == "/soeg/";
            var isRedirect = page.QuerySelector("meta[http-equiv=refresh]") is not null;
            Assert.Equal(isSearch ? ["/assets/search.js"] : [], scripts);
            Assert.Equal(!isSearch && !isRedirect, page.QuerySelector("header form[role=search][action='/soeg/'] input[name=q]") is not null);
        }
    }

    [Fact]
    public void Without_the_script_the_search_page_says_so_and_links_to_the_A_to_Å_index()
    {
        var notice = site.Page("/soeg/").GetElementById("search-no-script")!;
        Assert.False(notice.HasAttribute("hidden"));
        Assert.Equal("/soeg/a-til-aa/", notice.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_A_to_Å_index_lists_every_goal_and_action_once_under_its_letter()
    {
        var page = site.Page("/soeg/a-til-aa/");
        var sections = page.QuerySelectorAll("main section").ToList();

        Assert.Equal(["B", "F", "U", "V"], sections.Select(s => s.QuerySelector("h2")!.TextContent));
        Assert.Equal(
            ["Børn lærer med digitale værktøjer.", "Børn trives online."],
            sections[0].QuerySelectorAll("li > a").Select(a => a.TextContent));
        Assert.Equal(
            ["Udrulning af Aula", "Udskiftning af elevcomputere"],
            sections[2].QuerySelectorAll("li > a").Select(a => a.TextContent));
        Assert.Equal(
            ["/testby/plan/maal/laering/", "/testby/plan/maal/trivsel/"],
            sections[0].QuerySelectorAll("li > a").Select(a => a.GetAttribute("href")));
        Assert.Equal(6, page.QuerySelectorAll("main section li").Length);
        Assert.Equal(
            sections.Select(s => "#" + s.QuerySelector("h2")!.Id),
            page.QuerySelectorAll("nav.az-letters a").Select(a => a.GetAttribute("href")));
    }
}
