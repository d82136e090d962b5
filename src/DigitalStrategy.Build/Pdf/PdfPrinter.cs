using DigitalStrategy.Theme.Routing;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Playwright;

namespace DigitalStrategy.Build.Pdf;

/// <summary>Each PDF made, as output path and bytes in the order asked for, or the reason they could not be made, in words for the editor.</summary>
public sealed record PdfOutcome(IReadOnlyList<(string OutputPath, byte[] Content)> Pdfs, string? Failure);

/// <summary>One page to print: its site address and where its PDF goes.</summary>
public sealed record PdfJob(string Url, string PdfOutputPath);

/// <summary>
/// Prints pages to PDF with Debian's chromium, driven by Playwright. The pages and their CSS are
/// served from memory on a made-up origin, so what is printed is exactly what this build made,
/// and nothing is fetched from anywhere else: every other request is refused.
/// </summary>
public static class PdfPrinter
{
    /// <summary>The origin the build's files are served on; .invalid never resolves, so nothing leaks to the network.</summary>
    public const string Origin = "http://print.invalid";

    /// <summary>The machine has few cores and each tab renders a long document; two at a time keeps both busy.</summary>
    private const int Tabs = 2;

    /// <summary>The same flags the browser tests use: no GPU, no background traffic, no first-run work.</summary>
    private static readonly string[] ChromiumArgs =
    [
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task<PdfOutcome> PrintAsync(
        IReadOnlyList<PdfJob> jobs, IReadOnlyDictionary<string, byte[]> files, string chromiumPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(chromiumPath))
        {
            return new PdfOutcome([], $"PDF'erne kan ikke laves, fordi Chromium ikke findes i {chromiumPath}. Installer Debians chromium-pakke (apt install chromium), eller byg uden --pdf.");
        }

        var results = new byte[jobs.Count][];
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            await using var session = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
            await session.RouteAsync("**/*", route => ServeAsync(route, files));

            var next = -1;
            var tabs = Enumerable.Range(0, Math.Min(Tabs, jobs.Count)).Select(async _ =>
            {
                var tab = await session.NewPageAsync();
                for (var i = Interlocked.Increment(ref next); i < jobs.Count; i = Interlocked.Increment(ref next))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    results[i] = await PrintOneAsync(tab, jobs[i].Url);
                }

                await tab.CloseAsync();
            });
            await Task.WhenAll(tabs);
        }
        catch (PlaywrightException e)
        {
            return new PdfOutcome([], $"PDF'erne kunne ikke laves med Chromium ({chromiumPath}): {FirstLine(e.Message)} Installer Debians chromium-pakke (apt install chromium), eller byg uden --pdf.");
        }

        return new PdfOutcome([.. jobs.Select((job, i) => (job.PdfOutputPath, results[i]))], null);
    }

    private static async Task<byte[]> PrintOneAsync(IPage tab, string url)
    {
        var response = await tab.GotoAsync(Origin + url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is not { Ok: true })
        {
            throw new PlaywrightException($"Siden {url} kunne ikke åbnes.");
        }

        return await tab.PdfAsync(new PagePdfOptions
        {
            Format = "A4",
            PreferCSSPageSize = true,
            Tagged = true,
            Outline = true,
            PrintBackground = false,
            // The site's CSS draws the running header and the page numbers with @page margin boxes.
            DisplayHeaderFooter = false,
        });
    }

    /// <summary>Answers a request from the build's files, or refuses it: the PDF holds nothing from outside the build.</summary>
    private static Task ServeAsync(IRoute route, IReadOnlyDictionary<string, byte[]> files)
    {
        var url = new Uri(route.Request.Url);
        var path = url.GetLeftPart(UriPartial.Authority) == Origin ? SiteRoutes.OutputPath(Uri.UnescapeDataString(url.AbsolutePath)) : null;
        if (path is null || !files.TryGetValue(path, out var body))
        {
            return route.AbortAsync("blockedbyclient");
        }

        var contentType = ContentTypes.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal))
        {
            contentType += "; charset=utf-8";
        }

        return route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = contentType, BodyBytes = body });
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.EndsWith('.') ? line : line + ".";
    }
}
