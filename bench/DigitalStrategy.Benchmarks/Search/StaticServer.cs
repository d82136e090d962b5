using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalStrategy.Benchmarks.Search;

/// <summary>
/// Serves a built site on 127.0.0.1 with Kestrel (in the shared framework): the production
/// headers, folder addresses as their index.html, and text compressed as the browser asks, as
/// Netlify does. Pagefind's index files are gzip already and are sent as they are.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;

    private StaticServer(WebApplication app, string root, IReadOnlyDictionary<string, string> headers)
    {
        _app = app;
        _root = Path.GetFullPath(root);
        _headers = headers;
    }

    /// <summary>The origin, e.g. http://127.0.0.1:41234, without a trailing slash.</summary>
    public string Origin { get; private set; } = "";

    public static async Task<StaticServer> StartAsync(string root, IReadOnlyDictionary<string, string> headers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "application/json"];
        });
        var server = new StaticServer(builder.Build(), root, headers);
        server._app.UseResponseCompression();
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        server.Origin = addresses!.Addresses.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        foreach (var (name, value) in _headers)
        {
            context.Response.Headers[name] = value;
        }

        var relative = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var file = Path.GetFullPath(Path.Combine(_root, relative));
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }
}
