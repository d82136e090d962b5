using System.Collections.Immutable;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Loading;

/// <summary>
/// The source files as an earlier load read them, for a caller that loads the same folder again and
/// again (the preview server): with a cache, a load reads only the files whose text changed and
/// puts the site together from the rest, and it gives the same site and the same diagnostics as a
/// load without one. Keep one cache per input folder, and load with it one load at a time.
/// </summary>
public sealed class ContentCache
{
    private int _filesRead;

    public ContentCache()
    {
        Sites = new(SiteSettingsLoader.Load, CountRead);
        Themes = new(ThemesLoader.Load, CountRead);
        Glossaries = new(GlossaryLoader.Load, CountRead);
        Municipalities = new(MunicipalityLoader.ReadFile, CountRead);
        Strategies = new(StrategyLoader.ReadFile, CountRead);
        Chapters = new(ChapterLoader.Load, CountRead);
        FocusAreas = new(FocusAreaLoader.Load, CountRead);
        Appendices = new(AppendixLoader.Load, CountRead);
    }

    /// <summary>The source files as last read from disk, so that only files saved since are read again.</summary>
    public Sources.SourceFileStamps Files { get; } = new();

    /// <summary>How many files were read rather than taken from the cache, over all loads with it.</summary>
    internal int FilesRead => Volatile.Read(ref _filesRead);

    internal ParsedFiles<SiteSettings?> Sites { get; }

    internal ParsedFiles<ImmutableArray<Theme>> Themes { get; }

    internal ParsedFiles<ImmutableArray<GlossaryTerm>> Glossaries { get; }

    internal ParsedFiles<MunicipalityFile?> Municipalities { get; }

    internal ParsedFiles<StrategyFile?> Strategies { get; }

    internal ParsedFiles<Chapter?> Chapters { get; }

    internal ParsedFiles<FocusArea?> FocusAreas { get; }

    internal ParsedFiles<AnnualAppendix?> Appendices { get; }

    /// <summary>Forgets the files that are no longer among the sources.</summary>
    internal void KeepOnly(IReadOnlySet<string> relativePaths)
    {
        Sites.KeepOnly(relativePaths);
        Themes.KeepOnly(relativePaths);
        Glossaries.KeepOnly(relativePaths);
        Municipalities.KeepOnly(relativePaths);
        Strategies.KeepOnly(relativePaths);
        Chapters.KeepOnly(relativePaths);
        FocusAreas.KeepOnly(relativePaths);
        Appendices.KeepOnly(relativePaths);
    }

    private void CountRead() => Interlocked.Increment(ref _filesRead);
}
