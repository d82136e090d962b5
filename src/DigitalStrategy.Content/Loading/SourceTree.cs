using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>A strategy's folder: its strategy.yml and glossary.yml, if there, and its chapters, focus areas and appendices in the order of the sources.</summary>
internal sealed record StrategyFolder(
    string Name,
    SourceFile? File,
    SourceFile? Glossary,
    ImmutableArray<SourceFile> Chapters,
    ImmutableArray<SourceFile> FocusAreas,
    ImmutableArray<SourceFile> Appendices);

/// <summary>A municipality's folder: its municipality.yml, if there, and its strategy folders by name.</summary>
internal sealed record MunicipalityFolder(string Name, SourceFile? File, ImmutableArray<StrategyFolder> Strategies);

/// <summary>
/// The source files sorted into the folders of <see cref="SourceLayout"/> in one pass, so that no
/// loader searches all the files for its own. Folders are in ordinal order of their names; a
/// folder counts as soon as any file lies in it (or deeper), and is then reported if its main file is missing.
/// </summary>
internal static class SourceTree
{
    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<MunicipalityFolder> Of(IReadOnlyList<SourceFile> files, IReadOnlyDictionary<string, SourceFile> byPath)
    {
        var municipalities = new SortedDictionary<string, SortedDictionary<string, StrategyFiles>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var parts = file.RelativePath.Split('/');
            if (parts.Length < 2)
            {
                continue;
            }

            if (!municipalities.TryGetValue(parts[0], out var strategies))
            {
                municipalities[parts[0]] = strategies = new(StringComparer.Ordinal);
            }

            if (parts.Length < 3)
            {
                continue;
            }

            if (!strategies.TryGetValue(parts[1], out var strategy))
            {
                strategies[parts[1]] = strategy = new StrategyFiles();
            }

            if (parts.Length == 4)
            {
                strategy.Add(parts[2], file);
            }
        }

        return [.. municipalities.Select(m => new MunicipalityFolder(
            m.Key,
            byPath.GetValueOrDefault($"{m.Key}/{SourceLayout.MunicipalityFile}"),
            [.. m.Value.Select(s => new StrategyFolder(
                s.Key,
                byPath.GetValueOrDefault($"{m.Key}/{s.Key}/{SourceLayout.StrategyFile}"),
                byPath.GetValueOrDefault($"{m.Key}/{s.Key}/{SourceLayout.GlossaryFile}"),
                [.. s.Value.Chapters],
                [.. s.Value.FocusAreas],
                [.. s.Value.Appendices]))]))];
    }

    private sealed class StrategyFiles
    {
        public List<SourceFile> Chapters { get; } = [];

        public List<SourceFile> FocusAreas { get; } = [];

        public List<SourceFile> Appendices { get; } = [];

        public void Add(string subfolder, SourceFile file)
        {
            var list = subfolder switch
            {
                SourceLayout.ChaptersFolder when SourceLayout.IsMarkdown(file.RelativePath) => Chapters,
                SourceLayout.FocusAreasFolder when SourceLayout.IsYaml(file.RelativePath) => FocusAreas,
                SourceLayout.AppendicesFolder when SourceLayout.IsYaml(file.RelativePath) => Appendices,
                _ => null,
            };
            list?.Add(file);
        }
    }
}
