namespace DigitalStrategy.Content.Loading;

/// <summary>
/// Which JSON Schema in the repository's schemas/ folder describes each kind of source file, and
/// the yaml-language-server modeline that tells an editor so. The schemas mirror the loaders; the
/// tests (SchemaAgreementTests) keep the two in agreement. schemas/ sits next to input/.
/// </summary>
public static class YamlSchemas
{
    public const string Folder = "schemas";

    public const string Site = "site.schema.json";
    public const string Themes = "themes.schema.json";
    public const string Glossary = "glossary.schema.json";
    public const string Municipality = "municipality.schema.json";
    public const string Strategy = "strategy.schema.json";
    public const string FocusArea = "focus-area.schema.json";
    public const string Appendix = "appendix.schema.json";

    /// <summary>The front matter of chapters/*.md; Markdown has no place for a modeline.</summary>
    public const string Chapter = "chapter.schema.json";

    /// <summary>The schema of the source file at <paramref name="relativePath"/> (relative to input/, with '/'), or null for a file no loader reads.</summary>
    public static string? SchemaFor(string relativePath) => relativePath.Split('/') switch
    {
        [SourceLayout.SiteFile] => Site,
        [SourceLayout.ThemesFile] => Themes,
        [SourceLayout.GlossaryFile] => Glossary,
        [_, SourceLayout.MunicipalityFile] => Municipality,
        [_, _, SourceLayout.StrategyFile] => Strategy,
        [_, _, SourceLayout.GlossaryFile] => Glossary,
        [_, _, SourceLayout.ChaptersFolder, var name] when SourceLayout.IsMarkdown(name) => Chapter,
        [_, _, SourceLayout.FocusAreasFolder, var name] when SourceLayout.IsYaml(name) => FocusArea,
        [_, _, SourceLayout.AppendicesFolder, var name] when SourceLayout.IsYaml(name) => Appendix,
        _ => null,
    };

    /// <summary>
    /// The first line of the YAML file at <paramref name="relativePath"/>, e.g.
    /// "# yaml-language-server: $schema=../../schemas/municipality.schema.json" for
    /// "lemvig/municipality.yml": a comment to the loader, the schema to an editor with the YAML
    /// extension. Null for chapters and for files no loader reads.
    /// </summary>
    public static string? Modeline(string relativePath)
    {
        var schema = SchemaFor(relativePath);
        if (schema is null || schema == Chapter)
        {
            return null;
        }

        // Up from the file's folder to input/ and then to the repository, where schemas/ is.
        var up = string.Concat(Enumerable.Repeat("../", relativePath.Count(c => c == '/') + 1));
        return $"# yaml-language-server: $schema={up}{Folder}/{schema}";
    }
}
