using System.Text;
using System.Xml;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>robots.txt, sitemap.xml and the Atom feed of changes (/aendringer.xml), parsed as XML the way their readers do.</summary>
public sealed class SitemapAndFeedTests
{
    private const string BaseUrl = "https://strategier.example.dk";
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Without_base_url_robots_txt_names_no_sitemap_and_there_is_no_sitemap_or_feed()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        GitRepository.Init(site.Root).CommitAll("2024-05-03T10:00:00+02:00");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("User-agent: *\nDisallow: /redaktion/\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, "sitemap.xml")));
        Assert.False(File.Exists(Path.Combine(site.Output, "aendringer.xml")));
        Assert.Null(site.Page("/").QuerySelector("link[rel=alternate]"));
    }

    [Fact]
    public async Task The_sitemap_lists_every_page_search_engines_may_list_with_whole_addresses_and_the_dates_of_their_files()
    {
        using var site = await BuildWithHistoryAsync();

        var sitemap = LoadXml(site, "sitemap.xml");
        var names = Namespaces(sitemap, "s", SitemapNamespace);

        Assert.Equal("urlset", sitemap.DocumentElement!.LocalName);
        Assert.Equal(SitemapNamespace, sitemap.DocumentElement.NamespaceURI);
        var urls = sitemap.SelectNodes("/s:urlset/s:url", names)!.Cast<XmlElement>()
            .ToDictionary(u => u.SelectSingleNode("s:loc", names)!.InnerText, u => u.SelectSingleNode("s:lastmod", names)?.InnerText);
        var indexable = IndexablePages(site).Select(url => BaseUrl + url).Order(StringComparer.Ordinal);
        Assert.Equal(indexable, urls.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(urls.Keys, u => u.Contains("/redaktion/", StringComparison.Ordinal) || u.Contains("/print/", StringComparison.Ordinal)
            || u.EndsWith("/was/", StringComparison.Ordinal) || u.EndsWith("404.html", StringComparison.Ordinal));
        Assert.Equal("2024-06-11", urls[$"{BaseUrl}/testby/plan/indledning/"]);
        Assert.Equal("2024-05-03", urls[$"{BaseUrl}/testby/plan/maal/laering/"]);
        Assert.Null(urls[$"{BaseUrl}/"]);
        Assert.Equal($"User-agent: *\nDisallow: /redaktion/\n\nSitemap: {BaseUrl}/sitemap.xml\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")));
    }

    [Fact]
    public async Task The_feed_is_valid_atom_with_the_changed_content_pages_newest_first_and_dated_by_its_newest_entry()
    {
        using var site = await BuildWithHistoryAsync();

        var feed = LoadXml(site, "aendringer.xml");
        var names = Namespaces(feed, "a", AtomNamespace);
        var root = feed.DocumentElement!;

        Assert.Equal(("feed", AtomNamespace), (root.LocalName, root.NamespaceURI));
        Assert.Equal("da", root.GetAttribute("xml:lang"));
        Assert.Equal("Ændringer på Testsitet", Single(root, "a:title", names));
        Assert.Equal($"{BaseUrl}/aendringer.xml", Single(root, "a:id", names));
        Assert.Equal($"{BaseUrl}/aendringer.xml", root.SelectSingleNode("a:link[@rel='self']/@href", names)!.Value);
        Assert.Equal("Testsitet", Single(root, "a:author/a:name", names));
        Assert.Equal("2024-06-11T00:00:00Z", Single(root, "a:updated", names));

        var entries = root.SelectNodes("a:entry", names)!.Cast<XmlElement>().ToList();
        Assert.Equal(
            [
                ("Indledning – Plan – Testby Kommune", "/testby/plan/indledning/", "2024-06-11T00:00:00Z"),
                ("Digitaliseringsplan for Testby – Testby Kommune", "/testby/plan/", "2024-05-03T00:00:00Z"),
                ("Læring og trivsel – Plan – Testby Kommune", "/testby/plan/laering-og-trivsel/", "2024-05-03T00:00:00Z"),
                ("Konkrete handlinger 2021/22 – Plan – Testby Kommune", "/testby/plan/bilag/2021-22/", "2024-05-03T00:00:00Z"),
                ("Konkrete handlinger 2022/23 – Plan – Testby Kommune", "/testby/plan/bilag/2022-23/", "2024-05-03T00:00:00Z"),
            ],
            entries.Select(e => (Single(e, "a:title", names), e.SelectSingleNode("a:link[@rel='alternate']/@href", names)!.Value![BaseUrl.Length..], Single(e, "a:updated", names))));
        Assert.All(entries, e => Assert.True(Uri.IsWellFormedUriString(Single(e, "a:id", names), UriKind.Absolute)));
        Assert.Equal(entries.Count, entries.Select(e => Single(e, "a:id", names)).Distinct().Count());
        Assert.Equal("tag:strategier.example.dk,2024-06-11:/testby/plan/indledning/", Single(entries[0], "a:id", names));
    }

    [Fact]
    public async Task Every_page_names_the_feed_in_its_head()
    {
        using var site = await BuildWithHistoryAsync();

        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var link = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(file))
                .QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.True(link is not null, $"{file} does not name the feed.");
            Assert.Equal("/aendringer.xml", link!.GetAttribute("href"));
            Assert.Equal("Ændringer på Testsitet", link.GetAttribute("title"));
        }
    }

    [Fact]
    public async Task Without_any_dated_page_there_is_no_feed_and_the_sitemap_has_no_dates()
    {
        using var site = TestSite.Create(WithBaseUrl(SampleSources.Minimal()));

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Output, "aendringer.xml")));
        Assert.Null(site.Page("/testby/plan/").QuerySelector("link[rel=alternate]"));
        var sitemap = LoadXml(site, "sitemap.xml");
        Assert.NotEmpty(sitemap.GetElementsByTagName("loc", SitemapNamespace).Cast<XmlNode>());
        Assert.Empty(sitemap.GetElementsByTagName("lastmod", SitemapNamespace).Cast<XmlNode>());
    }

    [Fact]
    public async Task The_feed_holds_the_fifty_newest_changes_and_is_the_same_in_every_build()
    {
        var files = WithBaseUrl(SampleSources.Minimal());
        var first = new DateOnly(2024, 1, 1);
        for (var i = 0; i < 60; i++)
        {
            files[$"testby/plan/chapters/{i + 10:00}-kapitel.md"] =
                $"---\nid: kapitel-{i}\ntitle: Kapitel {i}\nupdated: {first.AddDays(i):yyyy-MM-dd}\n---\nTekst.\n";
        }

        using var site = TestSite.Create(files);
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var again = Path.Combine(site.Root, "again");
        Assert.True((await site.BuildAsync(again)).Succeeded);

        var feed = LoadXml(site, "aendringer.xml");
        var names = Namespaces(feed, "a", AtomNamespace);
        var updated = feed.SelectNodes("/a:feed/a:entry/a:updated", names)!.Cast<XmlNode>().Select(n => n.InnerText).ToList();
        Assert.Equal(50, updated.Count);
        Assert.Equal("2024-02-29T00:00:00Z", updated[0]);
        Assert.Equal(updated.OrderDescending(StringComparer.Ordinal), updated);
        Assert.Equal("2024-02-29T00:00:00Z", Single(feed.DocumentElement!, "a:updated", names));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, "aendringer.xml")), File.ReadAllBytes(Path.Combine(again, "aendringer.xml")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Output, "sitemap.xml")), File.ReadAllBytes(Path.Combine(again, "sitemap.xml")));
    }

    /// <summary>The minimal site with base_url, all committed on 3 May 2024 and its introduction changed on 11 June.</summary>
    private static async Task<TestSite> BuildWithHistoryAsync()
    {
        var site = TestSite.Create(WithBaseUrl(SampleSources.Minimal()));
        var git = GitRepository.Init(site.Root);
        git.CommitAll("2024-05-03T10:00:00+02:00");
        site.Write(new Dictionary<string, string>
        {
            ["testby/plan/chapters/01-indledning.md"] = SampleSources.Minimal()["testby/plan/chapters/01-indledning.md"] + "\nEt nyt afsnit.\n",
        });
        git.CommitAll("2024-06-11T09:00:00+02:00");
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    private static Dictionary<string, string> WithBaseUrl(Dictionary<string, string> files)
    {
        files["site.yml"] = files["site.yml"].Replace("title: Testsitet\n", $"title: Testsitet\nbase_url: {BaseUrl}/\n", StringComparison.Ordinal);
        return files;
    }

    /// <summary>Reads a written XML file strictly: UTF-8 without byte order mark, well-formed, no DTD.</summary>
    private static XmlDocument LoadXml(TestSite site, string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, name));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        var document = new XmlDocument();
        using var reader = XmlReader.Create(new MemoryStream(bytes), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        document.Load(reader);
        return document;
    }

    private static XmlNamespaceManager Namespaces(XmlDocument document, string prefix, string uri)
    {
        var names = new XmlNamespaceManager(document.NameTable);
        names.AddNamespace(prefix, uri);
        return names;
    }

    /// <summary>The text of the one child element at <paramref name="path"/>; Atom allows no second one.</summary>
    private static string Single(XmlNode parent, string path, XmlNamespaceManager names) =>
        Assert.Single(parent.SelectNodes(path, names)!.Cast<XmlNode>()).InnerText;

    /// <summary>The written pages that do not ask search engines to leave them out.</summary>
    private static IEnumerable<string> IndexablePages(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal))
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/').Replace("index.html", "", StringComparison.Ordinal));
}
