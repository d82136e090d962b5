using System.Collections.Concurrent;

namespace DigitalStrategy.Content.Sources;

/// <summary>
/// The source files as last read, with each file's size and time of writing then, for a caller that
/// reads the same folder again and again (the preview server): a file not written since is not
/// read again. Every save changes the time of writing, so a saved file is always read anew.
/// </summary>
public sealed class SourceFileStamps
{
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);

    /// <summary>The file's text, or the offset of its first byte that is not UTF-8.</summary>
    internal (string? Text, byte[] Bytes, int BadOffset) Read(string path, Func<byte[], (string? Text, byte[] Bytes, int BadOffset)> decode)
    {
        // The stamp is taken before reading: a save during the read changes it, so the next read sees the save.
        var info = new FileInfo(path);
        var stamp = (info.Length, info.LastWriteTimeUtc);
        if (_files.TryGetValue(path, out var known) && known.Stamp == stamp)
        {
            return known.Read;
        }

        var read = decode(File.ReadAllBytes(path));
        _files[path] = new Entry(stamp, read);
        return read;
    }

    /// <summary>Forgets the files that are gone.</summary>
    internal void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var path in _files.Keys.Where(p => !paths.Contains(p)))
        {
            _files.TryRemove(path, out _);
        }
    }

    private sealed record Entry((long Length, DateTime Written) Stamp, (string? Text, byte[] Bytes, int BadOffset) Read);
}
