using System.Text;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Validation;
using DigitalStrategy.Theme;

namespace DigitalStrategy.Benchmarks.Compare.Hugo;

/// <summary>What <see cref="HugoSiteExporter.Export"/> wrote.</summary>
public sealed record HugoSite(string Folder, int ContentFiles);

/// <summary>
/// Writes the content of an input folder as a Hugo site, so both generators build the same content.
/// The content is read with our own loader and reference check (as the build's ReadSources,
/// LoadContent and ResolveReferences stages do), then written as Markdown files with YAML front
/// matter (HugoContent), a minimal layout (HugoLayout), our stylesheets as static files, and hugo.toml.
///
/// Equivalent on both sides:
/// - The same pages at the same addresses: home, each municipality, strategy, chapter, focus area,
///   goal and annual appendix, the themes page and one page per theme (Hugo's taxonomy "temaer").
/// - The information each of those pages shows: goal pages have the title, explanation and labelled
///   texts, facts, themes as links, the actions serving the goal with text, owner, timeframe, school
///   years, status and themes, goals of other municipalities sharing themes (at most two each; Hugo
///   finds them with its related-content index), and links to the goals before and after. Strategy
///   pages list chapters, focus areas with their goals, appendices. Focus-area and appendix pages
///   list actions with links to the goals they serve (Hugo resolves them with GetPage). Theme pages
///   go through every goal and action of the site for each theme, as ours do.
/// - Markdown is rendered by each generator (Markdig, Goldmark); each frame has a header,
///   breadcrumbs, main and footer; both write robots.txt, a sitemap and feeds (ours one Atom feed,
///   Hugo an RSS file per section and theme), and copy the theme's CSS and scripts.
///
/// Not equivalent (ours does more):
/// - Ours also writes the pages Hugo does not get: print views, school-year pages, timelines,
///   glossaries, institutions, the search page, the A–Z index, the site map, the editors' report and
///   guide, the accessibility statement, open data (JSON, CSV); it adds page facts ("Sidst
///   opdateret" from git), glossary terms in text, the changes between school years (a word diff),
///   measurable targets, and it checks every link. Hence the pages columns differ, and ms per page.
/// - Which actions serve a goal and their school years are computed by the export for Hugo (not
///   timed) but by our build (timed); Hugo renders each action's Markdown wherever it is shown.
/// </summary>
public static class HugoSiteExporter
{
    /// <summary>The address both generators are given, so both write a sitemap and canonical links.</summary>
    public const string BaseUrl = "https://strategier.example.dk/";

    /// <summary>Reads an input folder as our build does; throws with the errors when it does not load.</summary>
    public static Site Load(string inputFolder)
    {
        var diagnostics = new DiagnosticBag();
        var sources = SourceReader.ReadAll(inputFolder, "input", diagnostics);
        var site = ContentLoader.Load(sources, "input", diagnostics);
        if (site is not null)
        {
            ReferenceValidator.Validate(site, diagnostics);
        }

        if (site is null || diagnostics.HasErrors)
        {
            var errors = diagnostics.Sorted().Where(d => d.IsError).Take(10).Select(d => d.ToString());
            throw new InvalidDataException($"{inputFolder} does not load as content:\n{string.Join('\n', errors)}");
        }

        return site;
    }

    public static HugoSite Export(Site site, string hugoFolder)
    {
        if (Directory.Exists(hugoFolder) && Directory.EnumerateFileSystemEntries(hugoFolder).Any())
        {
            throw new IOException($"{hugoFolder} is not empty; export into a new or empty folder.");
        }

        Directory.CreateDirectory(hugoFolder);
        File.WriteAllText(Path.Combine(hugoFolder, "hugo.toml"), Config(site));
        var data = Path.Combine(hugoFolder, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "themes.yaml"), ThemeTitles(site));
        foreach (var (outputPath, content) in ThemeAssets.All())
        {
            var file = Path.Combine(hugoFolder, "static", outputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
        }

        HugoLayout.Write(hugoFolder);
        var files = HugoContent.Write(site, Path.Combine(hugoFolder, "content"));
        return new HugoSite(Path.GetFullPath(hugoFolder), files);
    }

    /// <summary>
    /// Hugo's defaults are kept where they match ours or make Hugo do more (RSS for every section,
    /// the sitemap); robots.txt is switched on because ours writes one. The related-content index
    /// uses only the themes, with no threshold, as our "other municipalities" list does.
    /// </summary>
    public static string Config(Site site) => $"""
        baseURL = {FrontMatter.Quote(BaseUrl)}
        languageCode = "da"
        defaultContentLanguage = "da"
        title = {FrontMatter.Quote(site.Settings.Title)}
        enableRobotsTXT = true
        timeout = "600s"

        [taxonomies]
        tema = "{HugoContent.Themes}"

        [related]
        threshold = 0
        includeNewer = true
        toLower = false
        [[related.indices]]
        name = "{HugoContent.Themes}"
        weight = 100

        [params]
        description = {FrontMatter.Quote(site.Settings.Description ?? "")}
        publisher = {FrontMatter.Quote(site.Settings.Publisher ?? "")}

        """;

    /// <summary>data/themes.yaml: each theme's title by id, for action themes, which are not pages' terms.</summary>
    private static string ThemeTitles(Site site)
    {
        var text = new StringBuilder();
        foreach (var theme in site.Themes)
        {
            text.Append(FrontMatter.Quote(theme.Id)).Append(": ").Append(FrontMatter.Quote(theme.Title)).Append('\n');
        }

        return text.ToString();
    }
}
