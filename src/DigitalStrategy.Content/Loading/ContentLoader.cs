using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>
/// Builds the content model from the source files, following <see cref="SourceLayout"/>.
/// It reports every problem it meets and goes on, so one run shows the editor all of them;
/// references between items are checked afterwards by <c>ReferenceValidator</c>.
/// </summary>
public static class ContentLoader
{
    /// <param name="cache">
    /// Files read by earlier loads, to read again only those whose text changed; without one, every
    /// file is read. The site and the diagnostics are the same either way.
    /// </param>
    public static Site? Load(IReadOnlyList<SourceFile> files, string displayRoot, DiagnosticBag diagnostics, ContentCache? cache = null)
    {
        cache ??= new ContentCache();
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var folders = SourceTree.Of(files, byPath);
        ReadInParallel(cache, byPath, folders);

        var settings = byPath.TryGetValue(SourceLayout.SiteFile, out var siteFile)
            ? cache.Sites.Read(siteFile, diagnostics)
            : null;
        if (siteFile is null)
        {
            diagnostics.Error(SourceLocation.StartOf(SourceReader.CombineDisplay(displayRoot, SourceLayout.SiteFile)),
                DiagnosticCodes.MissingFile, "Filen site.yml mangler. Den skal mindst have 'title: <sitets navn>' og afsnittet 'accessibility' med oplysningerne til tilgængelighedserklæringen (se docs/content-model.md).");
        }

        ReportMisplacedFiles(files, diagnostics);

        var municipalities = folders
            .Select(folder => MunicipalityLoader.Load(folder, displayRoot, cache, diagnostics))
            .OfType<Municipality>()
            .ToImmutableArray();

        var themes = byPath.TryGetValue(SourceLayout.ThemesFile, out var themesFile) ? cache.Themes.Read(themesFile, diagnostics) : [];
        var glossary = byPath.TryGetValue(SourceLayout.GlossaryFile, out var glossaryFile) ? cache.Glossaries.Read(glossaryFile, diagnostics) : [];
        cache.KeepOnly(byPath.Keys.ToHashSet(StringComparer.Ordinal));
        return settings is null ? null : new Site(settings, themes, glossary, municipalities);
    }

    /// <summary>
    /// Reads every file the load will use, on all cores: each file is read alone, into diagnostics
    /// of its own, so the load then puts the site together and reports in the same order as if it
    /// had read the files one by one.
    /// </summary>
    private static void ReadInParallel(ContentCache cache, Dictionary<string, SourceFile> byPath, ImmutableArray<MunicipalityFolder> folders)
    {
        var reads = new List<Action>();
        Add(cache.Sites, byPath.GetValueOrDefault(SourceLayout.SiteFile));
        Add(cache.Themes, byPath.GetValueOrDefault(SourceLayout.ThemesFile));
        Add(cache.Glossaries, byPath.GetValueOrDefault(SourceLayout.GlossaryFile));
        foreach (var municipality in folders)
        {
            Add(cache.Municipalities, municipality.File);
            foreach (var strategy in municipality.Strategies.Where(s => s.File is not null))
            {
                // As in StrategyLoader: the glossary is read only when strategy.yml is YAML.
                reads.Add(() =>
                {
                    if (cache.Strategies.Get(strategy.File!).Value is not null && strategy.Glossary is { } glossary)
                    {
                        cache.Glossaries.Get(glossary);
                    }
                });
                AddAll(cache.Chapters, strategy.Chapters);
                AddAll(cache.FocusAreas, strategy.FocusAreas);
                AddAll(cache.Appendices, strategy.Appendices);
            }
        }

        Parallel.ForEach(reads, read => read());

        void Add<T>(ParsedFiles<T> kind, SourceFile? file)
        {
            if (file is not null)
            {
                reads.Add(() => kind.Get(file));
            }
        }

        void AddAll<T>(ParsedFiles<T> kind, ImmutableArray<SourceFile> files)
        {
            foreach (var file in files)
            {
                Add(kind, file);
            }
        }
    }

    /// <summary>Files that no loader will read: usually a misnamed file or folder.</summary>
    private static void ReportMisplacedFiles(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            if (!IsInLayout(file.RelativePath.Split('/')))
            {
                diagnostics.Warning(SourceLocation.StartOf(file.DisplayPath), DiagnosticCodes.UnexpectedFile,
                    $"Filen ligger et sted, hvor den ikke bliver læst. {SourceLayout.Help}");
            }
        }
    }

    private static bool IsInLayout(string[] parts) => parts switch
    {
        [SourceLayout.SiteFile or SourceLayout.ThemesFile or SourceLayout.GlossaryFile] => true,
        [_, SourceLayout.MunicipalityFile] => true,
        [_, _, SourceLayout.StrategyFile or SourceLayout.GlossaryFile] => true,
        [_, _, SourceLayout.ChaptersFolder, var name] => SourceLayout.IsMarkdown(name),
        [_, _, SourceLayout.FocusAreasFolder or SourceLayout.AppendicesFolder, var name] => SourceLayout.IsYaml(name),
        _ => false,
    };
}
