using System.Collections.Concurrent;
using DigitalStrategy.Build.Pipeline;
using Microsoft.Playwright;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>
/// The real input/ built into a temp folder with its search index, served with netlify.toml's production headers, and a
/// headless Debian chromium to look at it. Built once for all browser tests; every page is audited
/// once per width and the reports are shared by the tests that assert on them.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly ConcurrentDictionary<int, Lazy<Task<IReadOnlyList<PageReport>>>> reports = new();
    private IPlaywright? playwright;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "ds-browser-" + Guid.NewGuid().ToString("N"));

    public NetlifyConfig Netlify { get; } = NetlifyConfig.Load(RepositoryPaths.Combine("netlify.toml"));

    public BuildResult Build { get; private set; } = null!;

    public StaticSiteServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Every page of the site as a served path (/, /lemvig/, …, /404.html), redirect stubs excepted.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Build = await SiteBuilder.RunAsync(new BuildOptions(RepositoryPaths.Input, Output, Search: true, ToolsDirectory: RepositoryPaths.Root));
        if (!Build.Succeeded)
        {
            throw new InvalidOperationException("The real input/ did not build:\n" + string.Join('\n', Build.Diagnostics));
        }

        Pages = SitePages.In(Output);
        Server = await StaticSiteServer.StartAsync(Output, Netlify);
        Browser = await LaunchChromiumAsync();
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> StartChromiumAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run eng/install-test-tools.sh (it installs Debian's chromium).");
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args =
            [
                "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return (playwright, browser);
    }

    /// <summary>The gate reports of every page at one width, computed on first use.</summary>
    public Task<IReadOnlyList<PageReport>> ReportsAsync(int width) =>
        reports.GetOrAdd(width, w => new Lazy<Task<IReadOnlyList<PageReport>>>(() => AuditAllAsync(Browser, Server.Origin, Pages, w))).Value;

    /// <summary>Audits the pages with a few tabs working through one queue; 2 cores keep 3 tabs busy.</summary>
    public static async Task<IReadOnlyList<PageReport>> AuditAllAsync(IBrowser browser, string origin, IReadOnlyList<string> pages, int width)
    {
        var results = new PageReport[pages.Count];
        var next = -1;
        var workers = Enumerable.Range(0, Math.Min(3, pages.Count)).Select(async _ =>
        {
            await using var auditor = await PageAuditor.StartAsync(browser, origin, width);
            for (var i = Interlocked.Increment(ref next); i < pages.Count; i = Interlocked.Increment(ref next))
            {
                results[i] = await auditor.AuditAsync(pages[i]);
            }
        });
        await Task.WhenAll(workers);
        return results;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }
    }

    private async Task<IBrowser> LaunchChromiumAsync()
    {
        (playwright, var browser) = await StartChromiumAsync();
        return browser;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedSiteCollection : ICollectionFixture<PublishedSite>
{
    public const string Name = "published site";
}
