using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalStrategy.Preview;

/// <summary>
/// The editor's preview: builds the site into memory, serves it on 127.0.0.1 with Kestrel,
/// rebuilds when a source or theme file is saved, and tells the open tabs to reload.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly PreviewOptions _options;
    private readonly TextWriter _log;
    private readonly PreviewBuilds _builds;
    private readonly ReloadClients _clients = new();
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly CancellationTokenSource _stopping = new();
    private WebApplication? _app;
    private SourceWatcher? _watcher;
    private Task? _watching;

    public PreviewServer(PreviewOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        _builds = new PreviewBuilds(options, () => _clients.Paths);
        _builds.Built += _clients.Notify;
    }

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:8080/; known after <see cref="StartAsync"/>.</summary>
    public Uri? Address { get; private set; }

    public PreviewState Current => _builds.Current;

    /// <summary>Builds once, starts listening and watching; returns when the first build is served.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Report(await _builds.RebuildAsync(cancellationToken));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, _options.Port));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Address = new Uri(address.EndsWith('/') ? address : address + "/");

        _watcher = new SourceWatcher(_options.InputDirectory, _options.ThemeDirectory);
        _watching = WatchAsync(_watcher, _stopping.Token);
    }

    private async Task WatchAsync(SourceWatcher watcher, CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await watcher.NextBatchAsync(_options.Debounce, cancellationToken);
                foreach (var (_, path) in batch.Where(c => c.Kind == ChangeKind.NeedsRestart).DistinctBy(c => c.Path))
                {
                    await _log.WriteLineAsync($"{path} changed: Razor components and C# are compiled into the program; stop serve (Ctrl+C) and start it again to see the change.");
                }

                if (batch.Any(c => c.Kind == ChangeKind.Rebuild))
                {
                    Report(await _builds.RebuildQuicklyAsync(cancellationToken, Report));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <param name="reported">The build whose findings were printed already: a full build after a quick one prints only what is new.</param>
    private void Report(PreviewState state, PreviewState? reported = null)
    {
        var seconds = state.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var diagnostic in state.Diagnostics.Except(reported?.Diagnostics ?? []))
        {
            _log.WriteLine(diagnostic.ToString());
        }

        _log.WriteLine((state.HasErrors, state.Kind) switch
        {
            // The quick build before it said so already; the full build only adds what it found.
            (true, PreviewBuilds.Kind.FullAfterQuick) => $"Build {state.Build} checked in full in {seconds} s: {state.Errors.Count} error(s), {state.Diagnostics.Count - state.Errors.Count} warning(s).",
            (true, _) => $"Build {state.Build} failed in {seconds} s: {state.Errors.Count} error(s). {(state.Site is null ? "Nothing to show yet" : "Still showing the last good site")}; the browser shows the errors.",
            (false, PreviewBuilds.Kind.Quick) => $"Build {state.Build} in {seconds} s: {state.Changed.Count} file(s) changed; checking the whole site.",
            (false, PreviewBuilds.Kind.FullAfterQuick) => $"Build {state.Build} checked in full in {seconds} s: {state.Diagnostics.Count} warning(s).",
            _ => $"Build {state.Build} in {seconds} s: {state.Changed.Count} file(s) changed, {state.Diagnostics.Count} warning(s).",
        });
    }

    private async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var state = _builds.Current;
        switch (path)
        {
            case PreviewMarkup.EventsPath:
                await StreamEventsAsync(http);
                return;
            case PreviewMarkup.ScriptPath:
                await WriteAsync(http, 200, "text/javascript; charset=utf-8", PreviewMarkup.Asset("reload.js"));
                return;
            case PreviewMarkup.StylesheetPath:
                await WriteAsync(http, 200, "text/css; charset=utf-8", PreviewMarkup.Asset("preview.css"));
                return;
            case PreviewMarkup.FindingsPath:
                await WriteHtmlAsync(http, 200, PreviewMarkup.FindingsPage(state));
                return;
        }

        if (state.Site is not { } site)
        {
            await WriteHtmlAsync(http, 500, PreviewMarkup.FindingsPage(state));
            return;
        }

        switch (await site.FindAsync(path))
        {
            case Lookup.Found found when found.OutputPath.EndsWith(".html", StringComparison.Ordinal):
                await WriteHtmlAsync(http, 200, PreviewMarkup.Decorate(Encoding.UTF8.GetString(found.Content), state));
                break;
            case Lookup.Found found:
                var type = ContentTypes.TryGetContentType(found.OutputPath, out var known) ? known : "application/octet-stream";
                await WriteAsync(http, 200, type, found.Content);
                break;
            case Lookup.Redirect redirect:
                http.Response.StatusCode = 301;
                http.Response.Headers.Location = redirect.Location + http.Request.QueryString;
                break;
            default:
                var notFound = await site.FindAsync("/404.html") is Lookup.Found page ? Encoding.UTF8.GetString(page.Content) : "<!DOCTYPE html><html lang=\"da\"><head><title>Siden findes ikke</title></head><body><h1>Siden findes ikke</h1></body></html>";
                await WriteHtmlAsync(http, 404, PreviewMarkup.Decorate(notFound, state));
                break;
        }
    }

    /// <summary>Server-Sent Events: a hello with the server's identity, then a reload whenever this tab's page changed.</summary>
    private async Task StreamEventsAsync(HttpContext http)
    {
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        var (events, subscription) = _clients.Subscribe(http.Request.Query["path"].FirstOrDefault() ?? "/");
        using (subscription)
        using (var done = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, _stopping.Token))
        {
            try
            {
                await http.Response.WriteAsync($"retry: 1000\nevent: hello\ndata: {_instance}\n\n", done.Token);
                await http.Response.Body.FlushAsync(done.Token);
                while (true)
                {
                    using var ping = CancellationTokenSource.CreateLinkedTokenSource(done.Token);
                    ping.CancelAfter(TimeSpan.FromSeconds(20));
                    string message;
                    try
                    {
                        message = await events.ReadAsync(ping.Token);
                    }
                    catch (OperationCanceledException) when (!done.IsCancellationRequested)
                    {
                        message = ": keep-alive\n\n";
                    }

                    await http.Response.WriteAsync(message, done.Token);
                    await http.Response.Body.FlushAsync(done.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or System.Threading.Channels.ChannelClosedException or IOException)
            {
                // The tab closed, or the server is stopping.
            }
        }
    }

    private static Task WriteHtmlAsync(HttpContext http, int status, string html) =>
        WriteAsync(http, status, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    private static async Task WriteAsync(HttpContext http, int status, string contentType, byte[] content)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(content, http.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        if (_watching is not null)
        {
            await _watching;
        }

        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        await _builds.DisposeAsync();
        _stopping.Dispose();
    }
}
