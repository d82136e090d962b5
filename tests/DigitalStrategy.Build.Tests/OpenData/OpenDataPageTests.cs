using DigitalStrategy.Build.OpenData;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.OpenData;

/// <summary>The page /data/ ("Åbne data") and the links that lead readers to it.</summary>
public sealed class OpenDataPageTests
{
    [Fact]
    public async Task The_page_links_every_file_with_its_format_and_real_size()
    {
        using var site = await OpenDataSiteTests.BuiltAsync();
        var page = site.Page("/data/");

        var links = page.QuerySelectorAll("main a[href^='/data/']")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.EndsWith(".json", StringComparison.Ordinal) || href.EndsWith(".csv", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(site.Output, "data"), "*", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(url => url != "/data/index.html")
            .Order(StringComparer.Ordinal);
        Assert.Equal(files, links);

        foreach (var link in page.QuerySelectorAll("main a[href$='.csv'], main a[href$='.json']"))
        {
            var href = link.GetAttribute("href")!;
            var meta = link.ParentElement!.QuerySelector(".meta")!.TextContent;
            var format = href.EndsWith(".csv", StringComparison.Ordinal) ? "CSV" : "JSON";
            Assert.Contains(OpenDataSiteTests.SizeOf(site, href), meta, StringComparison.Ordinal);
            Assert.True(meta.StartsWith($"({format}, ", StringComparison.Ordinal) || href == "/data/schema.json", $"{href}: {meta}");
            Assert.Equal(format == "CSV" ? "text/csv" : "application/json", link.GetAttribute("type"));
        }
    }

    [Fact]
    public async Task The_page_is_titled_in_danish_with_breadcrumbs_and_one_section_per_strategy_with_its_three_files()
    {
        using var site = await OpenDataSiteTests.BuiltAsync();
        var page = site.Page("/data/");

        Assert.Equal("Åbne data", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Forside"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        Assert.Equal("Åbne data", page.QuerySelector(".breadcrumbs [aria-current=page]")!.TextContent);

        var section = page.GetElementById("testby--udstyr")!;
        Assert.Equal("Strategi for udstyr, \"skærme\" og net", section.QuerySelector("h4")!.TextContent);
        Assert.Equal(
            ["/data/testby/udstyr-maal.csv", "/data/testby/udstyr-handlinger.csv", "/data/testby/udstyr.json"],
            section.QuerySelectorAll("a[href^='/data/']").Select(a => a.GetAttribute("href")));

        // Without a licence in the sources, the page claims none and says where the data come from.
        Assert.DoesNotContain("licens", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("offentlig information fra kommunernes", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_describes_exactly_the_columns_the_files_have()
    {
        using var site = await OpenDataSiteTests.BuiltAsync();
        var page = site.Page("/data/");
        var lists = page.QuerySelectorAll("dl.data-fields");

        Assert.Equal(2, lists.Length);
        Assert.Equal(Header(site, "/data/testby/plan-maal.csv"), lists[0].QuerySelectorAll("dt code").Select(c => c.TextContent));
        Assert.Equal(Header(site, "/data/testby/plan-handlinger.csv"), lists[1].QuerySelectorAll("dt code").Select(c => c.TextContent));
        Assert.All(lists.SelectMany(l => l.QuerySelectorAll("dd")), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent)));
    }

    [Fact]
    public async Task Every_strategy_page_links_to_its_files_and_every_footer_to_the_page()
    {
        using var site = await OpenDataSiteTests.BuiltAsync();

        foreach (var (url, anchor) in new[] { ("/testby/plan/", "testby--plan"), ("/testby/udstyr/", "testby--udstyr") })
        {
            var link = site.Page(url).QuerySelectorAll("main a").Single(a => a.TextContent == "Hent strategiens data");
            Assert.Equal($"/data/#{anchor}", link.GetAttribute("href"));
            Assert.NotNull(site.Page("/data/").GetElementById(anchor));
        }

        foreach (var url in new[] { "/", "/testby/plan/maal/laering/", "/data/" })
        {
            Assert.Contains(site.Page(url).QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/data/" && a.TextContent == "Åbne data");
        }
    }

    [Fact]
    public void Developers_docs_name_every_column_and_every_json_field()
    {
        var docs = File.ReadAllText(RepositoryPaths.Combine("docs", "open-data.md"));
        var names = CsvTables.GoalColumns.Select(c => c.Name)
            .Concat(CsvTables.ActionColumns.Select(c => c.Name))
            .Concat(JsonSchemaTests.PropertyNames());

        Assert.All(names.Distinct(), name => Assert.Contains($"`{name}`", docs, StringComparison.Ordinal));
    }

    private static string[] Header(TestSite site, string url) =>
        CsvReader.Parse(System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(site.FileOf(url))[3..]))[0];
}
