using System.Threading.Channels;

namespace DigitalStrategy.Preview;

/// <summary>What a change in the watched folders asks for.</summary>
public enum ChangeKind
{
    /// <summary>A source or a theme asset changed: build again.</summary>
    Rebuild,

    /// <summary>A Razor component or C# file of the theme changed: that needs the program compiled again.</summary>
    NeedsRestart,
}

/// <summary>
/// Watches the input folder and the theme for saved files and reports them, coalesced: an editor
/// saving three files, or an editor writing a file in several steps, gives one rebuild.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<(ChangeKind Kind, string Path)> _changes = Channel.CreateUnbounded<(ChangeKind, string)>();

    public SourceWatcher(string inputDirectory, string? themeDirectory)
    {
        Watch(inputDirectory, _ => ChangeKind.Rebuild);
        if (themeDirectory is not null && Directory.Exists(themeDirectory))
        {
            Watch(themeDirectory, ThemeChange);
        }
    }

    public ChannelReader<(ChangeKind Kind, string Path)> Changes => _changes.Reader;

    /// <summary>Waits for a change, then for the folders to be quiet for <paramref name="quiet"/>; returns every change seen.</summary>
    public async Task<IReadOnlyList<(ChangeKind Kind, string Path)>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new List<(ChangeKind, string)> { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return batch;
            }
        }
    }

    private void Watch(string directory, Func<string, ChangeKind?> classify)
    {
        var watcher = new FileSystemWatcher(Path.GetFullPath(directory))
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnChange(string path)
        {
            if (!IsEditorScratch(path) && classify(path) is { } kind)
            {
                _changes.Writer.TryWrite((kind, path));
            }
        }

        watcher.Changed += (_, e) => OnChange(e.FullPath);
        watcher.Created += (_, e) => OnChange(e.FullPath);
        watcher.Deleted += (_, e) => OnChange(e.FullPath);
        watcher.Renamed += (_, e) => OnChange(e.FullPath);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private static ChangeKind? ThemeChange(string path)
    {
        var parts = path.Replace('\\', '/').Split('/');
        if (parts.Any(p => p is "bin" or "obj"))
        {
            return null;
        }

        return parts.Contains("assets") ? ChangeKind.Rebuild
            : Path.GetExtension(path) is ".razor" or ".cs" ? ChangeKind.NeedsRestart
            : null;
    }

    // Editors write backups and swap files beside the file being saved (.file.swp, file~, 4913).
    private static bool IsEditorScratch(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name == "4913";
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }
}
