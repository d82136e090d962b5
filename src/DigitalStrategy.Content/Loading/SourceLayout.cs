namespace DigitalStrategy.Content.Loading;

/// <summary>Where each kind of source file lives in input/. The README documents the same layout.</summary>
public static class SourceLayout
{
    public const string SiteFile = "site.yml";
    public const string MunicipalityFile = "municipality.yml";
    public const string StrategyFile = "strategy.yml";
    public const string ChaptersFolder = "chapters";
    public const string FocusAreasFolder = "focus-areas";
    public const string AppendicesFolder = "appendices";

    public const string Help =
        "Filer ligger sådan: site.yml; <kommune>/municipality.yml; <kommune>/<strategi>/strategy.yml; " +
        "<kommune>/<strategi>/chapters/*.md; <kommune>/<strategi>/focus-areas/*.yml; <kommune>/<strategi>/appendices/*.yml.";
}
