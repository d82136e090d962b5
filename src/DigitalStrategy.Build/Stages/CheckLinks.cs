using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Fails the build on any internal link to a page, file or fragment that does not exist, naming
/// the source file of the page that holds the link.
/// </summary>
public sealed class CheckLinks : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var pagesByPath = context.RenderedPages.ToDictionary(p => "/" + p.OutputPath, StringComparer.Ordinal);
        var assets = context.Assets.Concat(context.Pdfs).Concat(context.OpenData).Select(a => "/" + a.OutputPath).ToHashSet(StringComparer.Ordinal);

        foreach (var page in context.RenderedPages)
        {
            // A print view repeats the links of pages that are checked on their own; only its links
            // within itself, which the build made, are its own. Each broken link is reported once.
            var hrefs = page.Page is PrintPageBase
                ? page.Links.Hrefs.Where(h => h.StartsWith('#'))
                : page.Links.Hrefs;
            foreach (var href in hrefs.Distinct(StringComparer.Ordinal))
            {
                if (!TryResolve(page.Page.Url, href, out var path, out var fragment))
                {
                    continue;
                }

                var target = path.Length == 0 ? page : pagesByPath.GetValueOrDefault(IndexFile(path));
                var exists = target is not null || (fragment is null && assets.Contains(path));
                if (!exists)
                {
                    context.Diagnostics.Error(page.Page.Source, DiagnosticCodes.BrokenLink,
                        $"Siden {page.Page.Url} linker til '{href}', som ikke findes på sitet. Ret eller fjern linket.");
                }
                else if (fragment is not null && target is not null && !target.Links.Ids.Contains(fragment))
                {
                    context.Diagnostics.Error(page.Page.Source, DiagnosticCodes.BrokenLink,
                        $"Siden {page.Page.Url} linker til '{href}', men siden {target.Page.Url} har intet afsnit med id '{fragment}'.");
                }
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Resolves an internal link to a site path and fragment; external links, mail and phone are skipped.</summary>
    internal static bool TryResolve(string pageUrl, string href, out string path, out string? fragment)
    {
        path = "";
        fragment = null;
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file")
        {
            return false;
        }

        var hash = href.IndexOf('#');
        var pathPart = hash >= 0 ? href[..hash] : href;
        fragment = hash >= 0 ? Uri.UnescapeDataString(href[(hash + 1)..]) : null;
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        // A malformed address (an unclosed '[' in a host name, a bare 'http://', 'a:b:c') cannot be
        // resolved; it is kept as written, so that it is reported as a link to nothing, not a crash.
        path = pathPart.Length == 0 ? ""
            : Uri.TryCreate(new Uri("http://site" + pageUrl), pathPart, out var resolved) ? resolved.AbsolutePath
            : pathPart;
        path = Uri.UnescapeDataString(path);
        return true;
    }

    private static string IndexFile(string path) => path.EndsWith('/') ? path + "index.html" : path;
}
