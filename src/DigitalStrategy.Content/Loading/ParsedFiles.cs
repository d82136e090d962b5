using System.Collections.Concurrent;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>What reading one source file gave, with the diagnostics reading it reported, in their order.</summary>
internal sealed record ParsedFile<T>(SourceFile File, T Value, Diagnostic[] Diagnostics);

/// <summary>
/// The files of one kind (focus areas, chapters, ...) as read by their loader, by relative path. A
/// file is read again only when its text (or the name diagnostics give it) differs from the text
/// it was read from. Reading depends on nothing but the file, so a kept result is what reading it
/// again would give; its diagnostics are kept with it and reported again on every load.
/// </summary>
internal sealed class ParsedFiles<T>(Func<SourceFile, DiagnosticBag, T> read, Action counted)
{
    private readonly ConcurrentDictionary<string, ParsedFile<T>> _byPath = new(StringComparer.Ordinal);

    /// <summary>The file's content, read now or kept from before; its diagnostics are added to <paramref name="diagnostics"/>.</summary>
    public T Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var parsed = Get(file);
        diagnostics.AddRange(parsed.Diagnostics);
        return parsed.Value;
    }

    /// <summary>Reads the file unless it is kept already; safe to call from several threads.</summary>
    public ParsedFile<T> Get(SourceFile file)
    {
        if (_byPath.TryGetValue(file.RelativePath, out var kept) && kept.File == file)
        {
            return kept;
        }

        counted();
        var diagnostics = new DiagnosticBag();
        var value = read(file, diagnostics);
        var parsed = new ParsedFile<T>(file, value, diagnostics.InOrder());
        _byPath[file.RelativePath] = parsed;
        return parsed;
    }

    /// <summary>Forgets files that are no longer among the sources, so the cache does not grow with every rename.</summary>
    public void KeepOnly(IReadOnlySet<string> relativePaths)
    {
        foreach (var path in _byPath.Keys.Where(p => !relativePaths.Contains(p)))
        {
            _byPath.TryRemove(path, out _);
        }
    }
}
