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
    public static Site? Load(IReadOnlyList<SourceFile> files, string displayRoot, DiagnosticBag diagnostics)
    {
        var byPath = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        var settings = byPath.TryGetValue(SourceLayout.SiteFile, out var siteFile)
            ? SiteSettingsLoader.Load(siteFile, diagnostics)
            : null;
        if (siteFile is null)
        {
            diagnostics.Error(SourceLocation.StartOf(SourceReader.CombineDisplay(displayRoot, SourceLayout.SiteFile)),
                DiagnosticCodes.MissingFile, "Filen site.yml mangler. Den skal mindst have 'title: <sitets navn>' og afsnittet 'accessibility' med oplysningerne til tilgængelighedserklæringen (se docs/content-model.md).");
        }

        ReportMisplacedFiles(files, diagnostics);

        var municipalities = files
            .Select(f => f.RelativePath.Split('/'))
            .Where(parts => parts.Length >= 2)
            .Select(parts => parts[0])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(folder => MunicipalityLoader.Load(folder, displayRoot, byPath, files, diagnostics))
            .OfType<Municipality>()
            .ToImmutableArray();

        var themes = byPath.TryGetValue(SourceLayout.ThemesFile, out var themesFile) ? ThemesLoader.Load(themesFile, diagnostics) : [];
        var glossary = byPath.TryGetValue(SourceLayout.GlossaryFile, out var glossaryFile) ? GlossaryLoader.Load(glossaryFile, diagnostics) : [];
        return settings is null ? null : new Site(settings, themes, glossary, municipalities);
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
