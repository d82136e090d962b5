using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Pipeline;

public sealed class WholeSiteTests
{
    [Fact]
    public async Task Builds_one_page_for_every_item_of_the_content()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        string[] expected =
        [
            "index.html", "404.html", "assets/site.css", "assets/search.css", "assets/search.js", "assets/print.css",
            "assets/sidehoved.css", "assets/sidehoved/testby.css", "assets/sidehoved/testby/plan.css",
            "assets/sidehoved/testby/plan/2021-22.css", "assets/sidehoved/testby/plan/2022-23.css",
            "testby/plan/print/index.html", "testby/plan/bilag/2021-22/print/index.html", "testby/plan/bilag/2022-23/print/index.html",
            "soeg/index.html", "soeg/a-til-aa/index.html", "testby/index.html", "testby/plan/index.html",
            "testby/plan/indledning/index.html", "testby/plan/laering-og-trivsel/index.html",
            "testby/plan/maal/laering/index.html", "testby/plan/maal/trivsel/index.html",
            "testby/plan/bilag/2021-22/index.html", "testby/plan/bilag/2022-23/index.html",
            "testby/plan/skoleaar/index.html", "testby/plan/tidslinje/index.html",
            "oversigt/index.html", "redaktion/index.html", "redaktion/vejledning/index.html",
            "tilgaengelighedserklaering/index.html", "was/index.html", "robots.txt",
            "data/index.html", "data/index.json", "data/schema.json",
            "data/testby/plan.json", "data/testby/plan-maal.csv", "data/testby/plan-handlinger.csv",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), TestSite.Snapshot(site.Output).Keys);
    }

    [Fact]
    public async Task Every_internal_link_and_fragment_leads_somewhere()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var url = "/" + Path.GetRelativePath(site.Output, file).Replace('\\', '/').Replace("index.html", "");
            var document = site.Page(url);
            foreach (var href in document.QuerySelectorAll("a[href], link[href]").Select(a => a.GetAttribute("href")!))
            {
                var target = new Uri(new Uri("http://site" + url), href);
                if (target.Host != "site")
                {
                    continue; // mailto:, tel: and other sites are not ours to check
                }

                var path = target.AbsolutePath;
                var targetFile = site.FileOf(path);
                if (!File.Exists(targetFile))
                {
                    broken.Add($"{url} -> {href}");
                }
                else if (target.Fragment.Length > 1 && site.Page(path).GetElementById(target.Fragment[1..]) is null)
                {
                    broken.Add($"{url} -> {href} (no such fragment)");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public async Task A_goal_page_states_the_goal_in_its_h1_and_lists_the_actions_that_serve_it()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        var page = site.Page("/testby/plan/maal/laering/");

        Assert.Equal("Børn lærer med digitale værktøjer.", page.QuerySelector("h1")!.TextContent.Trim());
        var actions = page.QuerySelectorAll(".action");
        Assert.Equal(
            ["Vi holder kurser for pædagoger.", "Udskiftning af elevcomputere", "Udrulning af Aula"],
            actions.Select(a => a.QuerySelector(".action-text")!.TextContent.Trim()));
        Assert.Equal(
            ["/testby/plan/laering-og-trivsel/#kurser", "/testby/plan/bilag/2021-22/#2021-22-computere", "/testby/plan/bilag/2021-22/#2021-22-aula"],
            actions.Select(a => a.QuerySelector(".source-link a")!.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll("h3"), h => h.TextContent.Contains("2021/22", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_appendix_page_names_its_school_year_and_groups_actions_by_category()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        var page = site.Page("/testby/plan/bilag/2021-22/");

        Assert.Contains("2021/22", page.Title, StringComparison.Ordinal);
        Assert.Contains("2021/22", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var sections = page.QuerySelectorAll("article section");
        Assert.Equal(["Udstyr", "Digitale platforme"], sections.Select(s => s.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal("2021-22-aula", sections[1].QuerySelector(".action")!.Id);
        var serves = sections[1].QuerySelectorAll(".serves a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/testby/plan/maal/laering/", "/testby/plan/maal/trivsel/"], serves);
        Assert.Contains("Bilaget forelægges styregruppen.", page.QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_is_Danish_with_a_skip_link_landmarks_and_ordered_headings()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = await File.ReadAllTextAsync(file);
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            var name = Path.GetRelativePath(site.Output, file);

            Assert.True(html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal), name);
            Assert.Equal("da", page.DocumentElement.GetAttribute("lang"));
            var firstLink = page.QuerySelector("body a")!;
            Assert.Equal("#indhold", firstLink.GetAttribute("href"));
            Assert.NotNull(page.QuerySelector("main#indhold"));
            Assert.NotNull(page.QuerySelector("header"));
            Assert.NotNull(page.QuerySelector("footer"));
            Assert.Single(page.QuerySelectorAll("h1"));
            AssertHeadingsDoNotSkipLevels(page, name);
        }
    }

    [Fact]
    public async Task Danish_letters_are_written_as_letters_not_entities()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();

        var html = await File.ReadAllTextAsync(site.FileOf("/testby/plan/laering-og-trivsel/"));

        Assert.Contains("Læring og trivsel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_leaves_the_last_good_site_exactly_as_it_was()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = TestSite.Snapshot(site.Output);

        site.Write(new Dictionary<string, string>
        {
            ["testby/plan/focus-areas/01-laering-og-trivsel.yml"] = "id: laering-og-trivsel\ntitle: [ikke lukket\n",
        });
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(before.Keys, TestSite.Snapshot(site.Output).Keys);
        Assert.All(before, entry => Assert.Equal(entry.Value, TestSite.Snapshot(site.Output)[entry.Key]));
        Assert.Equal(["input", "output"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_successful_build_replaces_the_whole_output_folder()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        Directory.CreateDirectory(site.Output);
        await File.WriteAllTextAsync(Path.Combine(site.Output, "stale.html"), "old");

        Assert.True((await site.BuildAsync()).Succeeded);

        Assert.False(File.Exists(Path.Combine(site.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task The_same_input_gives_byte_identical_output()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var second = Path.Combine(site.Root, "second");

        await site.BuildAsync();
        await site.BuildAsync(second);

        var first = TestSite.Snapshot(site.Output);
        var again = TestSite.Snapshot(second);
        Assert.Equal(first.Keys, again.Keys);
        Assert.All(first, entry => Assert.Equal(entry.Value, again[entry.Key]));
    }

    [Fact]
    public async Task A_broken_link_in_a_chapter_fails_the_build_and_names_the_chapter_file()
    {
        var sources = SampleSources.Minimal();
        sources["testby/plan/chapters/01-indledning.md"] = "---\nid: indledning\ntitle: Indledning\n---\nSe [målet](../maal/findes-ikke/) og [afsnittet](../laering-og-trivsel/#ukendt).\n";
        using var site = TestSite.Create(sources);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var links = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, d => Assert.EndsWith("testby/plan/chapters/01-indledning.md", d.Location.Path, StringComparison.Ordinal));
        Assert.Contains(links, d => d.Message.Contains("../maal/findes-ikke/", StringComparison.Ordinal));
        Assert.Contains(links, d => d.Message.Contains("ukendt", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Errors_from_different_files_and_stages_are_all_reported_in_one_run()
    {
        var sources = SampleSources.Minimal();
        sources["testby/plan/appendices/2022-23.yml"] = sources["testby/plan/appendices/2022-23.yml"].Replace("2022/23", "2022/24");
        sources["testby/plan/focus-areas/01-laering-og-trivsel.yml"] = sources["testby/plan/focus-areas/01-laering-og-trivsel.yml"].Replace("goals: [laering]", "goals: [laering, laering-x]");
        sources["testby/plan/chapters/02-uden.md"] = "Ingen front matter her.\n";
        using var site = TestSite.Create(sources);

        var result = await site.CheckAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(
            [DiagnosticCodes.MissingFrontMatter, DiagnosticCodes.UnknownReference, DiagnosticCodes.InvalidSchoolYear],
            result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Check_validates_everything_but_writes_nothing()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await site.CheckAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(["input"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName));
    }

    private static void AssertHeadingsDoNotSkipLevels(IDocument page, string name)
    {
        var previous = 0;
        foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
        {
            var level = heading.LocalName[1] - '0';
            Assert.True(level <= previous + 1, $"{name}: <{heading.LocalName}> '{heading.TextContent.Trim()}' follows h{previous}");
            previous = level;
        }
    }
}
