using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Content.Loading;

namespace DigitalStrategy.Preview;

/// <summary>
/// Builds the site into memory, one build at a time, and keeps the last good one: a build with
/// errors changes the findings shown, never the pages. After a change, a quick build makes only the
/// pages open in tabs (the rest are made when asked for), so the editor sees the change at once;
/// a full build with every check follows in the background, and the next change cancels it.
/// </summary>
public sealed class PreviewBuilds(PreviewOptions options, Func<IReadOnlyCollection<string>> openPaths) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly PageRenderer _renderer = new();
    // The sources as the last build parsed them: a build after a change parses only the changed files.
    private readonly ContentCache _sources = new();
    private CancellationTokenSource _fullBuild = new();

    public PreviewState Current { get; private set; } = PreviewState.Initial;

    /// <summary>Raised after each build with the state before and after it.</summary>
    public event Action<PreviewState, PreviewState>? Built;

    /// <summary>The full build that follows a quick one, while it runs; for tests and a clean stop.</summary>
    public Task FullBuild { get; private set; } = Task.CompletedTask;

    /// <summary>A full build: every page made and every check run.</summary>
    public Task<PreviewState> RebuildAsync(CancellationToken cancellationToken) => BuildAsync(Kind.Full, cancellationToken);

    /// <summary>After a change: a quick build of the open pages, then a full build in the background.</summary>
    public async Task<PreviewState> RebuildQuicklyAsync(CancellationToken cancellationToken, Action<PreviewState, PreviewState>? fullBuildDone = null)
    {
        await _fullBuild.CancelAsync();
        await FullBuild.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var quick = await BuildAsync(Kind.Quick, cancellationToken);
        _fullBuild.Dispose();
        _fullBuild = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _fullBuild.Token;
        FullBuild = Task.Run(async () =>
        {
            var full = await BuildAsync(Kind.FullAfterQuick, token);
            fullBuildDone?.Invoke(full, quick);
        }, token);
        return quick;
    }

    private async Task<PreviewState> BuildAsync(Kind kind, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Preview leaves out what is slow and not needed to read the pages: the search index and PDFs.
            var open = kind == Kind.Quick ? openPaths().Select(SiteSnapshot.OutputPathOf).OfType<string>().ToHashSet(StringComparer.Ordinal) : null;
            var buildOptions = new BuildOptions(options.InputDirectory, OutputDirectory: "", options.BaseUrl, WriteFiles: false, Search: false, Pdf: false, InMemory: true, RenderOnly: open, ContentCache: _sources);
            var result = await SiteBuilder.RunAsync(buildOptions, cancellationToken);
            var before = Current;
            var site = result.Files is { } files
                ? new SiteSnapshot(WithThemeAssetsFromDisk(files), result.Pages ?? [], new PageMaker(_renderer, BuildRecipe.HtmlProcessors())).WithFilesOf(before.Site)
                : before.Site;
            // The full build after a quick one completes the same build, under the same number.
            var number = kind == Kind.FullAfterQuick ? before.Build : before.Build + 1;
            var after = new PreviewState(number, site, result.Diagnostics, SiteSnapshot.Changes(before.Site, site), result.Elapsed)
            {
                Kind = kind,
            };
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

    /// <summary>What a build made: everything, or the open pages first and then everything.</summary>
    public enum Kind
    {
        Full,
        Quick,
        FullAfterQuick,
    }

    public async ValueTask DisposeAsync()
    {
        await _fullBuild.CancelAsync();
        await FullBuild.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _fullBuild.Dispose();
        await _renderer.DisposeAsync();
        _gate.Dispose();
    }
}
