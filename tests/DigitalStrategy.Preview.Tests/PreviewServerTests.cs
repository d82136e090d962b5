using System.Net;
using DigitalStrategy.Content.Tests.Support;
using DigitalStrategy.Preview.Tests.Support;

namespace DigitalStrategy.Preview.Tests;

/// <summary>
/// The preview as an editor uses it, for real over HTTP on 127.0.0.1: open a page, save a change,
/// see the tab reload with the change, make a typo, see the error, fix it, see the page again.
/// </summary>
public sealed class PreviewServerTests : IAsyncLifetime
{
    private const string StrategyPage = "/lemvig/digitaliseringsplan/";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempSite _site = new(SampleInput.Files());
    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(60) };
    private PreviewServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = new PreviewServer(new PreviewOptions(_site.Input, _site.Theme, Port: 0) { Debounce = TimeSpan.FromMilliseconds(50) }, TextWriter.Null);
        await _server.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    private Uri Url(string path) => new(_server.Address!, path.TrimStart('/'));

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(Url(path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Listens_on_127_0_0_1_only()
    {
        Assert.Equal("127.0.0.1", _server.Address!.Host);
        var (status, body) = await GetAsync(StrategyPage);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Digitaliseringsplan for 0-18 års-området</h1>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_reloads_the_page_a_typo_shows_the_error_and_the_fix_brings_the_page_back()
    {
        await using var tab = await EventStream.OpenAsync(_http, _server.Address!, StrategyPage);

        // Edit: the open tab is told to reload, and the page shows the change.
        _site.Replace(SampleInput.Strategy, "title: Digitaliseringsplan for 0-18 års-området", "title: Ny plan for de 0-18-årige");
        Assert.Equal("reload", await tab.NextAsync(Patience));
        var (status, body) = await GetAsync(StrategyPage);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>Ny plan for de 0-18-årige</h1>", body, StringComparison.Ordinal);

        // Typo: the tab reloads and shows the error with file, line and message above the last good page.
        _site.Replace(SampleInput.Strategy, "owner: ", "ownr: ");
        Assert.Equal("reload", await tab.NextAsync(Patience));
        (status, body) = await GetAsync(StrategyPage);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Sitet kan ikke bygges: 1 fejl i kilderne", body, StringComparison.Ordinal);
        Assert.Contains("lemvig/digitaliseringsplan/strategy.yml</code>, linje 3, kolonne 1", body, StringComparison.Ordinal);
        Assert.Contains("Feltet 'ownr' kendes ikke her. Mente du 'owner'?", body, StringComparison.Ordinal);
        Assert.Contains("<mark>   3  ownr: Børne- og Ungeområdet</mark>", body, StringComparison.Ordinal);
        Assert.Contains("<h1>Ny plan for de 0-18-årige</h1>", body, StringComparison.Ordinal);

        // Other pages stay browsable, with the same warning.
        (status, body) = await GetAsync("/lemvig/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("preview-errors", body, StringComparison.Ordinal);
        (_, body) = await GetAsync("/__preview/fejl/");
        Assert.Contains("DS0005", body, StringComparison.Ordinal);

        // Fix: the tab reloads and the page is back without the error.
        _site.Replace(SampleInput.Strategy, "ownr: ", "owner: ");
        Assert.Equal("reload", await tab.NextAsync(Patience));
        (status, body) = await GetAsync(StrategyPage);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("preview-errors", body, StringComparison.Ordinal);
        Assert.Contains("<h1>Ny plan for de 0-18-årige</h1>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_link_found_by_the_full_build_after_the_quick_one_reloads_the_tab_with_the_error()
    {
        const string chapter = "/lemvig/digitaliseringsplan/indledning/";
        await using var tab = await EventStream.OpenAsync(_http, _server.Address!, chapter);

        _site.Replace(SampleInput.Chapter1, "## Baggrund", "## Baggrund\n\nSe [den gamle plan](/findes-ikke/).");

        // The quick build shows the new text at once; the full build behind it finds the broken link.
        Assert.Equal("reload", await tab.NextAsync(Patience));
        Assert.Equal("reload", await tab.NextAsync(Patience));
        var (status, body) = await GetAsync(chapter);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("DS0013", body, StringComparison.Ordinal);
        Assert.Contains("den gamle plan", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_is_not_reloaded_when_only_another_page_changed()
    {
        await using var glossaryTab = await EventStream.OpenAsync(_http, _server.Address!, "/tilgaengelighedserklaering/");
        await using var strategyTab = await EventStream.OpenAsync(_http, _server.Address!, StrategyPage);

        _site.Replace(SampleInput.Strategy, "owner: Børne- og Ungeområdet", "owner: Skoleafdelingen");

        Assert.Equal("reload", await strategyTab.NextAsync(Patience));
        Assert.Null(await glossaryTab.NextAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_changed_stylesheet_in_the_theme_is_served_at_once()
    {
        await using var tab = await EventStream.OpenAsync(_http, _server.Address!, StrategyPage);
        var assets = Path.Combine(_site.Theme, "assets");
        Directory.CreateDirectory(assets);
        await File.WriteAllTextAsync(Path.Combine(assets, "site.css"), "main { color: rebeccapurple; }");

        Assert.Equal("reload", await tab.NextAsync(Patience));
        var (status, css) = await GetAsync("/assets/site.css");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("main { color: rebeccapurple; }", css);
    }

    [Fact]
    public async Task Pages_carry_the_reload_script_and_serve_like_a_static_host()
    {
        using var page = await _http.GetAsync(Url(StrategyPage));
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<script src=\"/__preview/reload.js\" defer></script></head>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var script = await _http.GetAsync(Url("/__preview/reload.js"));
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var css = await _http.GetAsync(Url("/assets/site.css"));
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);

        using var folder = await _http.GetAsync(Url("/lemvig"));
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal("/lemvig/", folder.Headers.Location?.OriginalString);

        var (status, body) = await GetAsync("/findes/ikke/");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("lang=\"da\"", body, StringComparison.Ordinal);
    }
}
