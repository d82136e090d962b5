using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Theme.Routing;

/// <summary>
/// The address of everything on the site. Addresses are root-relative and end in "/", so each
/// page is written as folder/index.html and works on any static host.
/// </summary>
public static class SiteRoutes
{
    public const string Home = "/";
    public const string NotFound = "/404.html";
    public const string Stylesheet = "/assets/site.css";
    public const string PrintStylesheet = "/assets/print.css";
    public const string AccessibilityStatement = "/tilgaengelighedserklaering/";
    public const string Glossary = "/ordforklaring/";
    public const string Themes = "/temaer/";
    public const string SiteMap = "/oversigt/";
    public const string EditorialReport = "/redaktion/";
    public const string EditorGuide = "/redaktion/vejledning/";
    public const string Search = "/soeg/";
    public const string SearchScript = "/assets/search.js";
    public const string SearchStylesheet = "/assets/search.css";

    /// <summary>For search engines: every page they may list (with base_url), and what they may crawl.</summary>
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>The Atom feed of changed pages ("ændringer"); a file name with a dot, so no id can clash with it.</summary>
    public const string ChangeFeed = "/aendringer.xml";

    /// <summary>Every goal and action from A to Å: what the search page offers when it cannot search.</summary>
    public const string AllGoalsAndActions = "/soeg/a-til-aa/";

    /// <summary>The short address Danish public sites give their accessibility statement ("was" after the WAS tool).</summary>
    public const string AccessibilityStatementShort = "/was/";

    public static string Municipality(Municipality municipality) => $"/{municipality.Id}/";

    /// <summary>The list of a municipality's institutions; "institutioner" is reserved, so no strategy folder can take it.</summary>
    public static string Institutions(Municipality municipality) => $"{Municipality(municipality)}institutioner/";

    public static string Institution(Municipality municipality, Institution institution) => $"{Institutions(municipality)}{institution.Id}/";

    public static string Strategy(Strategy strategy) => $"/{strategy.MunicipalityId}/{strategy.Id}/";

    public static string Chapter(Strategy strategy, Chapter chapter) => $"{Strategy(strategy)}{chapter.Id}/";

    public static string FocusArea(Strategy strategy, FocusArea focusArea) => $"{Strategy(strategy)}{focusArea.Id}/";

    public static string Goal(Strategy strategy, Goal goal) => $"{Strategy(strategy)}maal/{goal.Id}/";

    public static string Theme(Content.Model.Theme theme) => $"{Themes}{theme.Id}/";

    public static string SchoolYears(Strategy strategy) => $"{Strategy(strategy)}skoleaar/";

    /// <summary>A school year is its appendix where the editor wrote one, else a page derived from the timeframes.</summary>
    public static string SchoolYear(Strategy strategy, SchoolYear year) =>
        strategy.Appendices.FirstOrDefault(a => a.SchoolYear == year) is { } appendix
            ? Appendix(strategy, appendix)
            : $"{SchoolYears(strategy)}{year.Slug}/";

    public static string Timeline(Strategy strategy) => $"{Strategy(strategy)}tidslinje/";

    public static string StrategyGlossary(Strategy strategy) => $"{Strategy(strategy)}ordforklaring/";

    public static string GlossaryTerm(GlossaryTerm term) => $"{Glossary}#{term.Id}";

    public static string StrategyGlossaryTerm(Strategy strategy, GlossaryTerm term) => $"{StrategyGlossary(strategy)}#{term.Id}";

    public static string Appendix(Strategy strategy, AnnualAppendix appendix) => $"{Strategy(strategy)}bilag/{appendix.Id}/";

    /// <summary>The whole strategy on one page, made for paper; "print" is a reserved id, so no chapter can take it.</summary>
    public static string StrategyPrint(Strategy strategy) => $"{Strategy(strategy)}print/";

    /// <summary>An annual appendix as a standalone document for paper.</summary>
    public static string AppendixPrint(Strategy strategy, AnnualAppendix appendix) => $"{Appendix(strategy, appendix)}print/";

    /// <summary>The PDF of a print view (with build --pdf), beside it and named so that a download says what it is.</summary>
    public static string StrategyPdf(Strategy strategy) => $"{StrategyPrint(strategy)}{strategy.MunicipalityId}-{strategy.Id}.pdf";

    public static string AppendixPdf(Strategy strategy, AnnualAppendix appendix) =>
        $"{AppendixPrint(strategy, appendix)}{strategy.MunicipalityId}-{strategy.Id}-{appendix.Id}.pdf";

    /// <summary>An action is shown where it was written; its id is the anchor there.</summary>
    public static string Action(Strategy strategy, StrategyAction action) => action.Place switch
    {
        ActionPlace.InFocusArea p => $"{Strategy(strategy)}{p.FocusAreaId}/#{action.Id}",
        ActionPlace.InAppendix p => $"{Strategy(strategy)}bilag/{p.SchoolYear.Slug}/#{action.Id}",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The print stylesheet that names the site in the running header of every printed page (theme/Printing/RunningHeader.cs).</summary>
    public const string SiteRunningHeader = "/assets/sidehoved.css";

    public static string MunicipalityRunningHeader(Municipality municipality) => $"/assets/sidehoved/{municipality.Id}.css";

    public static string StrategyRunningHeader(Strategy strategy) => $"/assets/sidehoved/{strategy.MunicipalityId}/{strategy.Id}.css";

    public static string SchoolYearRunningHeader(Strategy strategy, SchoolYear year) =>
        $"/assets/sidehoved/{strategy.MunicipalityId}/{strategy.Id}/{year.Slug}.css";

    /// <summary>Open data: the page that lists the files, the index of every file, and the JSON Schema of a strategy's file.</summary>
    public const string OpenData = "/data/";

    public const string OpenDataIndex = "/data/index.json";

    public const string OpenDataSchema = "/data/schema.json";

    /// <summary>A strategy's files on the open-data page; ids cannot hold "--", so the anchor is never ambiguous.</summary>
    public static string OpenDataOf(Strategy strategy) => $"{OpenData}#{strategy.MunicipalityId}--{strategy.Id}";

    public static string StrategyJson(Strategy strategy) => $"{OpenData}{strategy.MunicipalityId}/{strategy.Id}.json";

    public static string StrategyGoalsCsv(Strategy strategy) => $"{OpenData}{strategy.MunicipalityId}/{strategy.Id}-maal.csv";

    public static string StrategyActionsCsv(Strategy strategy) => $"{OpenData}{strategy.MunicipalityId}/{strategy.Id}-handlinger.csv";

    /// <summary>The file a page is written to, relative to the output folder.</summary>
    public static string OutputPath(string url) =>
        url.EndsWith('/') ? $"{url.TrimStart('/')}index.html" : url.TrimStart('/');
}
