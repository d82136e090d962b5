using System.Globalization;
using Microsoft.Playwright;

namespace DigitalStrategy.Benchmarks.Search;

/// <summary>What the browser fetched for one kind of file: requests and bytes on the wire (headers and encoded body).</summary>
public sealed record Transfer(int Requests, long Bytes)
{
    public static readonly Transfer None = new(0, 0);

    public Transfer Add(long bytes) => new(Requests + 1, Bytes + bytes);
}

/// <summary>One search as a first-time visitor makes it: /soeg/?q=… in a fresh browser context.</summary>
public sealed record QueryFigures(string Query, int Results, double StatusShownMs, IReadOnlyDictionary<FileKind, Transfer> Transfers)
{
    public Transfer Of(FileKind kind) => Transfers.GetValueOrDefault(kind, Transfer.None);

    public Transfer Total => new(Transfers.Values.Sum(t => t.Requests), Transfers.Values.Sum(t => t.Bytes));
}

/// <summary>The kinds of file the search page loads: the page itself, and each part of Pagefind.</summary>
public enum FileKind
{
    Page,
    PagefindScript,
    Worker,
    Wasm,
    EntryAndMeta,
    IndexChunks,
    FilterChunks,
    Fragments,
}

/// <summary>
/// Opens the search page in headless Debian chromium (never a downloaded browser), waits until the
/// status line says how many results there are, and adds up every response by kind of file.
/// </summary>
public sealed class QueryProbe : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private QueryProbe(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public string BrowserVersion => "Chromium " + _browser.Version;

    public static async Task<QueryProbe> StartAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"{Chromium} is missing: run eng/install-test-tools.sh (it installs Debian's chromium).");
        }

        var playwright = await Playwright.CreateAsync();
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
        return new QueryProbe(playwright, browser);
    }

    public async Task<QueryFigures> SearchAsync(string origin, string query)
    {
        // A fresh context has an empty cache: every file is counted, as for a first visit.
        await using var context = await _browser.NewContextAsync();
        var responses = new List<IResponse>();
        context.Response += (_, response) => responses.Add(response);
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            // A missing file is reported below by its address, not by the browser's console line.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync($"{origin}/soeg/?q={Uri.EscapeDataString(query)}");
        var shown = await page.WaitForFunctionAsync(
            """
            () => document.getElementById('search-status')?.textContent.trim() ? performance.now()
              : document.getElementById('search-unavailable')?.hidden === false ? -1 : null
            """,
            null,
            new PageWaitForFunctionOptions { Timeout = 60_000, PollingInterval = 5 });
        var statusShownMs = await shown.JsonValueAsync<double>();
        if (statusShownMs < 0)
        {
            throw new InvalidOperationException($"The search page for '{query}' says search could not start (#search-unavailable).");
        }

        var status = (await page.TextContentAsync("#search-status"))?.Trim() ?? "";
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // The site has no favicon; the browser asks for one anyway, as it would in production.
        errors.AddRange(responses.Where(r => r.Status >= 400 && new Uri(r.Url).AbsolutePath != "/favicon.ico").Select(r => $"{r.Status} {r.Url}"));
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The search page for '{query}' logged errors: {string.Join("; ", errors)}");
        }

        var transfers = new Dictionary<FileKind, Transfer>();
        foreach (var response in responses.ToList())
        {
            var sizes = await response.Request.SizesAsync();
            var kind = KindOf(new Uri(response.Url).AbsolutePath);
            transfers[kind] = transfers.GetValueOrDefault(kind, Transfer.None).Add(sizes.ResponseHeadersSize + sizes.ResponseBodySize);
        }

        return new QueryFigures(query, ResultsIn(status), statusShownMs, transfers);
    }

    public static FileKind KindOf(string path)
    {
        if (!path.StartsWith("/pagefind/", StringComparison.Ordinal))
        {
            return FileKind.Page;
        }

        var name = path["/pagefind/".Length..];
        return name switch
        {
            _ when name.StartsWith("index/", StringComparison.Ordinal) => FileKind.IndexChunks,
            _ when name.StartsWith("filter/", StringComparison.Ordinal) => FileKind.FilterChunks,
            _ when name.StartsWith("fragment/", StringComparison.Ordinal) => FileKind.Fragments,
            "pagefind.js" => FileKind.PagefindScript,
            "pagefind-worker.js" => FileKind.Worker,
            _ when name.StartsWith("wasm.", StringComparison.Ordinal) => FileKind.Wasm,
            _ => FileKind.EntryAndMeta,
        };
    }

    /// <summary>The number the status line begins with ("12 resultater for »Aula«."); 0 for "Ingen resultater".</summary>
    private static int ResultsIn(string status)
    {
        var digits = new string(status.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
