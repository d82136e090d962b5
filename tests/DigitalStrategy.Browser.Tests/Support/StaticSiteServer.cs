using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigitalStrategy.Browser.Tests.Support;

/// <summary>
/// Serves a built site on 127.0.0.1 the way Netlify serves it in production: the headers and
/// redirects of netlify.toml, pretty URLs (a folder address without its slash is redirected),
/// and 404.html with status 404 for unknown addresses. Kestrel is part of the shared framework.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly WebApplication app;
    private readonly string root;
    private readonly NetlifyConfig config;

    private StaticSiteServer(WebApplication app, string root, NetlifyConfig config)
    {
        this.app = app;
        this.root = Path.GetFullPath(root);
        this.config = config;
    }

    /// <summary>The server's origin, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string Origin { get; private set; } = "";

    public static async Task<StaticSiteServer> StartAsync(string root, NetlifyConfig config)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new StaticSiteServer(builder.Build(), root, config);
        server.app.Run(server.HandleAsync);
        await server.app.StartAsync();
        var addresses = server.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        server.Origin = addresses!.Addresses.Single().TrimEnd('/');
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (name, value) in config.HeadersFor(path))
        {
            context.Response.Headers[name] = value;
        }

        var file = Resolve(path);
        var redirect = config.Redirects.FirstOrDefault(r => r.From == path && (r.Force || file is null));
        if (redirect is not null)
        {
            Redirect(context, redirect.To, redirect.Status);
            return;
        }

        if (file is null && !path.EndsWith('/') && Directory.Exists(Path.Combine(root, path.TrimStart('/'))))
        {
            Redirect(context, path + "/", 301);
            return;
        }

        context.Response.StatusCode = file is null ? 404 : 200;
        file ??= Path.Combine(root, "404.html");
        if (!File.Exists(file))
        {
            return;
        }

        context.Response.ContentType = ContentTypeOf(file);
        await context.Response.SendFileAsync(file);
    }

    private static void Redirect(HttpContext context, string to, int status)
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = to;
    }

    private string? Resolve(string path)
    {
        var relative = Uri.UnescapeDataString(path).TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string ContentTypeOf(string file)
    {
        var type = ContentTypes.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)
            ? type + "; charset=utf-8"
            : type;
    }
}
