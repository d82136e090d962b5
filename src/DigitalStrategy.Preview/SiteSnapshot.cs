using System.Collections.Concurrent;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Preview;

/// <summary>How the preview answers a request path: a file, a redirect to the folder address, or nothing.</summary>
public abstract record Lookup
{
    public sealed record Found(string OutputPath, byte[] Content) : Lookup;

    public sealed record Redirect(string Location) : Lookup;

    public sealed record Missing : Lookup;
}

/// <summary>
/// One successful build of the site, held in memory by output path ("lemvig/index.html"). After a
/// quick build only the pages open in tabs are made; every other page is made the first time it is
/// asked for, from the same build's content, so what is served is always this build's site.
/// </summary>
public sealed class SiteSnapshot
{
    private readonly ConcurrentDictionary<string, byte[]> _files;
    private readonly IReadOnlyDictionary<string, Page> _unmade;
    private readonly PageMaker? _maker;

    public SiteSnapshot(IReadOnlyDictionary<string, byte[]> files)
        : this(files, [], null)
    {
    }

    /// <param name="files">The files made by the build.</param>
    /// <param name="pages">Every page of the build; those not in <paramref name="files"/> are made on demand.</param>
    /// <param name="maker">Makes a page on demand, as the build would.</param>
    public SiteSnapshot(IReadOnlyDictionary<string, byte[]> files, IReadOnlyList<Page> pages, PageMaker? maker)
    {
        _files = new ConcurrentDictionary<string, byte[]>(files, StringComparer.Ordinal);
        _unmade = pages
            .Select(p => (Path: SiteRoutes.OutputPath(p.Url).Replace('\\', '/'), Page: p))
            .Where(p => !files.ContainsKey(p.Path))
            .ToDictionary(p => p.Path, p => p.Page, StringComparer.Ordinal);
        _maker = maker;
    }

    /// <summary>The files made so far.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>Whether the file is part of this build's site, made yet or not.</summary>
    public bool Contains(string outputPath) => _files.ContainsKey(outputPath) || _unmade.ContainsKey(outputPath);

    /// <summary>This snapshot with the files of <paramref name="older"/> that this build did not make and has no page for
    /// (the open data, sitemap and feed, which only the full build makes), until the full build replaces them.</summary>
    public SiteSnapshot WithFilesOf(SiteSnapshot? older)
    {
        if (older is not null)
        {
            foreach (var (path, content) in older._files)
            {
                if (!Contains(path))
                {
                    _files[path] = content;
                }
            }
        }

        return this;
    }

    /// <summary>Finds the file for a decoded request path the way a static host does: "/a/" is "a/index.html", "/a" redirects to "/a/".</summary>
    public async Task<Lookup> FindAsync(string requestPath)
    {
        if (OutputPathOf(requestPath) is not { } path)
        {
            return new Lookup.Missing();
        }

        if (await ContentOfAsync(path) is { } content)
        {
            return new Lookup.Found(path, content);
        }

        return !requestPath.EndsWith('/') && Contains(path + "/index.html")
            ? new Lookup.Redirect(requestPath + "/")
            : new Lookup.Missing();
    }

    private async Task<byte[]?> ContentOfAsync(string path)
    {
        if (_files.TryGetValue(path, out var content))
        {
            return content;
        }

        if (_maker is null || !_unmade.TryGetValue(path, out var page))
        {
            return null;
        }

        // Two tabs asking at once make the page twice, with the same result; the first one is kept.
        var made = await _maker.MakeAsync(page);
        return _files.GetOrAdd(path, made.Html);
    }

    /// <summary>The output path a request path reads, or null for a path that tries to leave the site.</summary>
    public static string? OutputPathOf(string requestPath)
    {
        var segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.Contains('\\')))
        {
            return null;
        }

        var path = string.Join('/', segments);
        return requestPath.EndsWith('/') ? (path.Length == 0 ? "index.html" : path + "/index.html") : path;
    }

    /// <summary>
    /// The output paths whose bytes differ between two builds, including files added or removed.
    /// Pages the later build has not made yet are compared when they are made, so they count as unchanged here.
    /// </summary>
    public static IReadOnlySet<string> Changes(SiteSnapshot? before, SiteSnapshot? after)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var old = before?.Files ?? new Dictionary<string, byte[]>();
        var now = after?.Files ?? new Dictionary<string, byte[]>();
        foreach (var (path, content) in now)
        {
            if (!old.TryGetValue(path, out var previous) || !previous.AsSpan().SequenceEqual(content))
            {
                changed.Add(path);
            }
        }

        changed.UnionWith(old.Keys.Where(p => !now.ContainsKey(p) && after?.Contains(p) != true));
        return changed;
    }
}
