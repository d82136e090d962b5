using System.Collections.Concurrent;

namespace DigitalStrategy.Build.Output;

/// <summary>
/// Where each page goes the moment it is rendered, so the build never holds the whole rendered
/// site: the staged output folder (build), memory (preview), or nowhere (check). Written from
/// several threads at once, one page per path.
/// </summary>
public abstract class PageStore
{
    public abstract void Write(string outputPath, byte[] html);

    /// <summary>A page written before, for the few stages that change pages afterwards (PDF links).</summary>
    public abstract byte[] Read(string outputPath);

    /// <summary>Every page written, for the preview, which serves them from memory.</summary>
    public virtual IEnumerable<(string OutputPath, byte[] Content)> All() =>
        throw new NotSupportedException($"{GetType().Name} does not keep the pages.");
}

/// <summary>Keeps the pages in memory, for the preview server.</summary>
public sealed class MemoryPageStore : PageStore
{
    private readonly ConcurrentDictionary<string, byte[]> _pages = new(StringComparer.Ordinal);

    public override void Write(string outputPath, byte[] html) => _pages[outputPath] = html;

    public override byte[] Read(string outputPath) => _pages[outputPath];

    public override IEnumerable<(string OutputPath, byte[] Content)> All() =>
        _pages.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value));
}

/// <summary>Forgets every page: 'check' renders and link-checks the site but writes nothing.</summary>
public sealed class DiscardingPageStore : PageStore
{
    public override void Write(string outputPath, byte[] html)
    {
    }

    public override byte[] Read(string outputPath) =>
        throw new InvalidOperationException($"'check' keeps no pages, so {outputPath} cannot be read back.");
}
