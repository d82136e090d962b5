using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Preview;

/// <summary>
/// Builds the site into memory, one build at a time, and keeps the last good one: a build with
/// errors changes the findings shown, never the pages.
/// </summary>
public sealed class PreviewBuilds(PreviewOptions options) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public PreviewState Current { get; private set; } = PreviewState.Initial;

    /// <summary>Raised after each build with the state before and after it.</summary>
    public event Action<PreviewState, PreviewState>? Built;

    public async Task<PreviewState> RebuildAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Preview leaves out what is slow and not needed to read the pages: the search index and PDFs.
            var buildOptions = new BuildOptions(options.InputDirectory, OutputDirectory: "", options.BaseUrl, WriteFiles: false, Search: false, Pdf: false, InMemory: true);
            var result = await SiteBuilder.RunAsync(buildOptions, cancellationToken);
            var before = Current;
            var site = result.Files is { } files ? new SiteSnapshot(WithThemeAssetsFromDisk(files)) : before.Site;
            var after = new PreviewState(before.Build + 1, site, result.Diagnostics, SiteSnapshot.Changes(before.Site, site), result.Elapsed);
            Current = after;
            Built?.Invoke(before, after);
            return after;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The theme's CSS and images are compiled into the program; in preview the files on disk win,
    /// so a designer sees a stylesheet change without restarting.
    /// </summary>
    private IReadOnlyDictionary<string, byte[]> WithThemeAssetsFromDisk(IReadOnlyDictionary<string, byte[]> files)
    {
        var assets = options.ThemeDirectory is { } theme ? Path.Combine(theme, "assets") : null;
        if (assets is null || !Directory.Exists(assets))
        {
            return files;
        }

        var merged = new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories))
        {
            var outputPath = "assets/" + Path.GetRelativePath(assets, path).Replace('\\', '/');
            if (merged.ContainsKey(outputPath))
            {
                merged[outputPath] = ReadShared(path);
            }
        }

        return merged;
    }

    // An editor may still be writing the file; read without locking it and retry once.
    private static byte[] ReadShared(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (IOException)
        {
            Thread.Sleep(50);
            return File.ReadAllBytes(path);
        }
    }

    public void Dispose() => _gate.Dispose();
}
