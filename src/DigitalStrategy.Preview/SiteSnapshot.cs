namespace DigitalStrategy.Preview;

/// <summary>How the preview answers a request path: a file, a redirect to the folder address, or nothing.</summary>
public abstract record Lookup
{
    public sealed record Found(string OutputPath, byte[] Content) : Lookup;

    public sealed record Redirect(string Location) : Lookup;

    public sealed record Missing : Lookup;
}

/// <summary>One successful build of the site, held in memory by output path ("lemvig/index.html").</summary>
public sealed class SiteSnapshot(IReadOnlyDictionary<string, byte[]> files)
{
    public IReadOnlyDictionary<string, byte[]> Files { get; } = files;

    /// <summary>Finds the file for a decoded request path the way a static host does: "/a/" is "a/index.html", "/a" redirects to "/a/".</summary>
    public Lookup Find(string requestPath)
    {
        if (OutputPathOf(requestPath) is not { } path)
        {
            return new Lookup.Missing();
        }

        if (Files.TryGetValue(path, out var content))
        {
            return new Lookup.Found(path, content);
        }

        return !requestPath.EndsWith('/') && Files.ContainsKey(path + "/index.html")
            ? new Lookup.Redirect(requestPath + "/")
            : new Lookup.Missing();
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

    /// <summary>The output paths whose bytes differ between two builds, including files added or removed.</summary>
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

        changed.UnionWith(old.Keys.Where(p => !now.ContainsKey(p)));
        return changed;
    }
}
