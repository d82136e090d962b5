using Microsoft.Playwright;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>What the gates found on one page at one viewport width. Each finding is a sentence
/// that names the page and the rule, so a failing test says where to look.</summary>
public sealed record PageReport(
    string Path,
    int Width,
    IReadOnlyList<string> Accessibility,
    IReadOnlyList<string> Reflow,
    IReadOnlyList<string> Keyboard,
    IReadOnlyList<string> Privacy);

/// <summary>
/// One browser tab that audits pages one after another with every gate: axe, reflow, keyboard,
/// and privacy/CSP. The tab is reused because starting a context and handing axe's 500 KB script
/// over the wire per page costs more than the audit; cookies and storage are checked and then
/// cleared after every page, so each page is judged on its own.
/// </summary>
public sealed class PageAuditor : IAsyncDisposable
{
    public const int Height = 800;

    private const string WatchCsp = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation',
          e => window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));
        """;

    private readonly IBrowserContext context;
    private readonly IPage page;
    private readonly string origin;
    private readonly int width;
    private readonly List<string> privacy = [];
    private string where = "";

    private PageAuditor(IBrowserContext context, IPage page, string origin, int width)
    {
        this.context = context;
        this.page = page;
        this.origin = origin;
        this.width = width;
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(origin + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                privacy.Add($"{where}: request to another origin: {request.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                privacy.Add($"{where}: Content-Security-Policy: {message.Text}");
            }
        };
    }

    public static async Task<PageAuditor> StartAsync(IBrowser browser, string origin, int width)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = Height },
            Locale = "da-DK",
        });

        // Init scripts run in every document before the page's own, and are not subject to its CSP.
        await context.AddInitScriptAsync(WatchCsp);
        await context.AddInitScriptAsync(AxeAudit.Source);
        return new PageAuditor(context, await context.NewPageAsync(), origin, width);
    }

    /// <summary>
    /// Opens a page and runs every gate on it; <paramref name="prepare"/> first brings it into the
    /// state to judge, such as the search page with its results shown and its filters open.
    /// </summary>
    public async Task<PageReport> AuditAsync(string path, Func<IPage, Task>? prepare = null)
    {
        where = $"{path} at {width}px";
        privacy.Clear();
        var response = await page.GotoAsync(origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || (!response.Ok && path != "/404.html"))
        {
            privacy.Add($"{where}: the page answered {response?.Status}");
        }

        if (prepare is not null)
        {
            await prepare(page);
        }

        var accessibility = await AxeAudit.CheckAsync(page, where);
        var reflow = await CheckReflowAsync();
        var keyboard = await KeyboardAudit.CheckAsync(page, where);
        await CheckStorageAsync();
        return new PageReport(path, width, accessibility, reflow, keyboard, [.. privacy]);
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    /// <summary>WCAG 1.4.10: at 320 CSS px nothing may need horizontal scrolling.</summary>
    private async Task<IReadOnlyList<string>> CheckReflowAsync()
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        if (overflow <= 0)
        {
            return [];
        }

        var widest = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .slice(0, 3).map(e => e.outerHTML.slice(0, 100)).join(' | ')
            """);
        return [$"{where}: the page scrolls sideways by {overflow}px (WCAG 1.4.10 reflow); too wide: {widest}"];
    }

    private async Task CheckStorageAsync()
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        privacy.AddRange(violations.Select(v => $"{where}: Content-Security-Policy violation: {v}"));
        var cookies = await context.CookiesAsync();
        privacy.AddRange(cookies.Select(c => $"{where}: sets the cookie '{c.Name}'"));
        var stored = await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length");
        if (stored > 0)
        {
            privacy.Add($"{where}: stores {stored} item(s) in localStorage or sessionStorage");
        }

        await context.ClearCookiesAsync();
        await page.EvaluateAsync("() => { localStorage.clear(); sessionStorage.clear(); }");
    }
}
