namespace DigitalStrategy.Content.Loading;

/// <summary>Where each kind of source file lives in input/. docs/content-model.md documents the same layout.</summary>
public static class SourceLayout
{
    public const string SiteFile = "site.yml";
    public const string MunicipalityFile = "municipality.yml";
    public const string StrategyFile = "strategy.yml";
    public const string ThemesFile = "themes.yml";
    public const string GlossaryFile = "glossary.yml";
    public const string ChaptersFolder = "chapters";
    public const string FocusAreasFolder = "focus-areas";
    public const string AppendicesFolder = "appendices";

    public static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    public static bool IsYaml(string path) =>
        path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);

    public const string Help =
        "Filer ligger sådan: site.yml, themes.yml og glossary.yml; <kommune>/municipality.yml; " +
        "<kommune>/<strategi>/strategy.yml og glossary.yml; " +
        "<kommune>/<strategi>/chapters/*.md; <kommune>/<strategi>/focus-areas/*.yml; <kommune>/<strategi>/appendices/*.yml.";
}
