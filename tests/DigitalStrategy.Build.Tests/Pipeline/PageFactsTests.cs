using AngleSharp.Dom;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>"Sidst opdateret" and "Rediger denne side" at the end of each page made from one source file.</summary>
public sealed class PageFactsTests
{
    private const string EditUrl = "https://github.com/kommune/strategier/edit/main/input/{path}";

    [Fact]
    public async Task Sidst_opdateret_is_the_date_of_the_last_commit_of_the_pages_file_as_its_committer_dated_it()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var git = GitRepository.Init(site.Root);
        git.CommitAll("2024-05-03T10:00:00+02:00", authored: "2019-01-01T12:00:00+01:00");
        site.Write(new Dictionary<string, string>
        {
            ["testby/plan/chapters/01-indledning.md"] = SampleSources.Minimal()["testby/plan/chapters/01-indledning.md"] + "\nEt nyt afsnit.\n",
        });
        // Just after midnight in Denmark, still 10 June in UTC: the day is the committer's.
        git.CommitAll("2024-06-11T00:30:00+02:00");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AssertUpdated(site.Page("/testby/plan/maal/laering/"), "2024-05-03", "3. maj 2024");
        AssertUpdated(site.Page("/testby/plan/"), "2024-05-03", "3. maj 2024");
        AssertUpdated(site.Page("/testby/"), "2024-05-03", "3. maj 2024");
        AssertUpdated(site.Page("/testby/plan/indledning/"), "2024-06-11", "11. juni 2024");
        AssertUpdated(site.Page("/testby/plan/bilag/2021-22/print/"), "2024-05-03", "3. maj 2024");
    }

    [Fact]
    public async Task A_file_that_is_not_committed_shows_no_date()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        GitRepository.Init(site.Root).CommitAll("2024-05-03T10:00:00+02:00");
        site.Write(new Dictionary<string, string>
        {
            ["testby/plan/chapters/02-nyt.md"] = "---\nid: nyt\ntitle: Nyt kapitel\n---\nEndnu ikke gemt i git.\n",
        });

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Null(site.Page("/testby/plan/nyt/").QuerySelector(".page-facts"));
        AssertUpdated(site.Page("/testby/plan/indledning/"), "2024-05-03", "3. maj 2024");
    }

    [Fact]
    public async Task An_updated_date_in_the_file_wins_over_its_last_commit()
    {
        var files = SampleSources.Minimal();
        files["testby/plan/focus-areas/01-laering-og-trivsel.yml"] += "\nupdated: 2023-01-15\n";
        using var site = TestSite.Create(files);
        GitRepository.Init(site.Root).CommitAll("2024-05-03T10:00:00+02:00");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AssertUpdated(site.Page("/testby/plan/laering-og-trivsel/"), "2023-01-15", "15. januar 2023");
        AssertUpdated(site.Page("/testby/plan/maal/trivsel/"), "2023-01-15", "15. januar 2023");
        AssertUpdated(site.Page("/testby/plan/"), "2024-05-03", "3. maj 2024");
    }

    [Fact]
    public async Task Outside_git_only_the_updated_dates_of_the_files_are_shown()
    {
        var files = SampleSources.Minimal();
        files["testby/plan/appendices/2022-23.yml"] += "\nupdated: 2022-08-01\n";
        using var site = TestSite.Create(files);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AssertUpdated(site.Page("/testby/plan/bilag/2022-23/"), "2022-08-01", "1. august 2022");
        Assert.Null(site.Page("/testby/plan/bilag/2021-22/").QuerySelector(".page-facts"));
        Assert.Empty(PagesWith(site, ".page-facts").Except(["/testby/plan/bilag/2022-23/", "/testby/plan/bilag/2022-23/print/"]));
    }

    [Fact]
    public async Task With_edit_url_each_page_made_from_one_file_links_to_editing_that_file()
    {
        var files = SampleSources.Minimal();
        files["site.yml"] = files["site.yml"].Replace("title: Testsitet\n", $"title: Testsitet\nedit_url: {EditUrl}\n", StringComparison.Ordinal);
        using var site = TestSite.Create(files);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(Edit("testby/plan/chapters/01-indledning.md"), EditLinkOf(site.Page("/testby/plan/indledning/")));
        Assert.Equal(Edit("testby/plan/focus-areas/01-laering-og-trivsel.yml"), EditLinkOf(site.Page("/testby/plan/maal/laering/")));
        Assert.Equal(Edit("testby/plan/strategy.yml"), EditLinkOf(site.Page("/testby/plan/")));
        Assert.Equal(Edit("testby/plan/appendices/2021-22.yml"), EditLinkOf(site.Page("/testby/plan/bilag/2021-22/")));
        Assert.Equal(Edit("testby/municipality.yml"), EditLinkOf(site.Page("/testby/")));
        Assert.Equal(Edit("site.yml"), EditLinkOf(site.Page("/tilgaengelighedserklaering/")));

        // Pages put together from many files have no single file to edit.
        foreach (var url in (string[])["/", "/soeg/", "/oversigt/", "/testby/plan/print/", "/testby/plan/skoleaar/", "/testby/plan/tidslinje/"])
        {
            Assert.Null(site.Page(url).QuerySelector(".page-facts"));
        }
    }

    [Fact]
    public async Task Without_edit_url_no_page_offers_to_edit_it()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(PagesWith(site, ".edit-link"));
        // The editor's guide explains the link in words; no page has it as a link.
        Assert.DoesNotContain(HtmlFiles(site), file => File.ReadAllText(file).Contains(">Rediger denne side</a>", StringComparison.Ordinal));
    }

    private static string Edit(string path) => EditUrl.Replace("{path}", path, StringComparison.Ordinal);

    private static string? EditLinkOf(IDocument page)
    {
        var link = page.QuerySelector("main .page-facts .edit-link a");
        Assert.NotNull(link);
        Assert.Equal("Rediger denne side", link.TextContent);
        return link.GetAttribute("href");
    }

    private static void AssertUpdated(IDocument page, string iso, string danish)
    {
        var facts = page.QuerySelector("main > .page-facts");
        Assert.NotNull(facts);
        var time = facts.QuerySelector("time");
        Assert.NotNull(time);
        Assert.Equal(iso, time.GetAttribute("datetime"));
        Assert.Equal($"Sidst opdateret {danish}", time.ParentElement!.TextContent);
    }

    private static IEnumerable<string> HtmlFiles(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories);

    /// <summary>The addresses of the pages that have an element matching <paramref name="selector"/>.</summary>
    private static List<string> PagesWith(TestSite site, string selector) => HtmlFiles(site)
        .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/').Replace("index.html", "", StringComparison.Ordinal))
        .Where(url => site.Page(url).QuerySelector(selector) is not null)
        .ToList();
}
