using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>One link in the breadcrumb trail.</summary>
public sealed record Crumb(string Label, string Url);

/// <summary>
/// One page of the site: what it shows and where it lives. The build plans these; the theme
/// renders each kind with its own view.
/// </summary>
public abstract record Page(Site Site)
{
    public abstract string Url { get; }

    /// <summary>The page's own title, as its h1 says it.</summary>
    public abstract string Title { get; }

    /// <summary>The source file the page is made from, for diagnostics about the page.</summary>
    public abstract SourceLocation Source { get; }

    /// <summary>
    /// The one file where the page's own heading and text are written, which "Rediger denne side" opens and whose
    /// date "Sidst opdateret" shows; none for pages the build puts together from many files (home, search, overviews).
    /// </summary>
    public virtual SourceLocation? EditableSource => null;

    /// <summary>Where to edit the page and when its source last changed; the build fills it in (Stages/AddPageFacts.cs).</summary>
    public SourceFacts Facts { get; init; } = SourceFacts.None;

    /// <summary>The site's feed of changes, which every page names in its head; none without base_url or dated pages.</summary>
    public ChangeFeedLink? ChangeFeed { get; init; }

    public virtual string? Description => Site.Settings.Description;

    /// <summary>The page's name in the breadcrumb trail: short enough for a phone.</summary>
    public virtual string CrumbLabel => Shorten(Title, 48);

    /// <summary>The trail from the home page to this page's parent.</summary>
    public virtual IReadOnlyList<Crumb> Trail => [new Crumb("Forside", SiteRoutes.Home)];

    /// <summary>The day the site is built; what depends on the date (a strategy whose period has ended) is judged on it.</summary>
    public DateOnly Today { get; init; }

    /// <summary>Pages for editors only, which search engines and the site's search must not list.</summary>
    public virtual bool IsHiddenFromSearch => RedirectTo is not null;

    /// <summary>Pages that compare or chart get a wider main column on large screens.</summary>
    public virtual bool IsWide => false;

    /// <summary>The site's search field in the header; the search page has its own.</summary>
    public virtual bool HasHeaderSearch => RedirectTo is null;

    /// <summary>Stylesheets the page needs besides the site's own, which every page has.</summary>
    public virtual IReadOnlyList<string> Stylesheets => [];

    /// <summary>Scripts the page needs; only search has any, so every other page works without JavaScript.</summary>
    public virtual IReadOnlyList<string> Scripts => [];

    /// <summary>Where a stub page sends the reader at once, for hosts without server redirects.</summary>
    public virtual string? RedirectTo => null;

    /// <summary>What the top of every printed page says, and the stylesheet that says it.</summary>
    public virtual RunningHeader RunningHeader => new(Site.Settings.Title, SiteRoutes.SiteRunningHeader);

    /// <summary>The view made for paper that this page offers ("Udskriv bilaget"), if any; a print view names itself.</summary>
    public virtual string? PrintUrl => null;

    /// <summary>The document title: the page first, then where it belongs, then the site.</summary>
    public virtual string DocumentTitle => $"{Title} – {Site.Settings.Title}";

    /// <summary>Cuts a long text at a word boundary and marks the cut with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > 0 ? cut : maxLength - 1)].TrimEnd(',', '.', ' ') + "…";
    }
}

public sealed record HomePage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.Home;

    public override string Title => Site.Settings.Title;

    public override SourceLocation Source => Site.Settings.Source;

    public override IReadOnlyList<Crumb> Trail => [];

    public override string DocumentTitle => Site.Settings.Title;
}

public sealed record NotFoundPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.NotFound;

    public override string Title => "Siden findes ikke";

    public override SourceLocation Source => Site.Settings.Source;

    /// <summary>Not a page to find: kept out of search engines and sitemap.xml.</summary>
    public override bool IsHiddenFromSearch => true;
}

public sealed record AccessibilityStatementPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.AccessibilityStatement;

    public override string Title => "Tilgængelighedserklæring";

    public override SourceLocation Source => Site.Settings.Source;

    public override SourceLocation? EditableSource => Source;

    public override string Description =>
        $"Hvor tilgængeligt {Site.Settings.Title} er, hvad vi mangler, og hvordan du kontakter os.";
}

/// <summary>A short address that leads to another page: /was/ to the accessibility statement.</summary>
public sealed record RedirectPage(Site Site, string From, Page Target) : Page(Site)
{
    public override string Url => From;

    public override string Title => Target.Title;

    public override SourceLocation Source => Target.Source;

    public override string? RedirectTo => Target.Url;
}

/// <summary>The shared glossary: words and abbreviations the strategies use, explained.</summary>
public sealed record GlossaryPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.Glossary;

    public override string Title => "Ordforklaring";

    public override SourceLocation Source => Site.Glossary[0].Source;

    public override SourceLocation? EditableSource => Source;

    public override string Description => "Ord og forkortelser fra kommunernes strategier, forklaret.";
}

public sealed record MunicipalityPage(Site Site, Municipality Municipality) : Page(Site)
{
    public override string Url => SiteRoutes.Municipality(Municipality);

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality);

    public override string Title => Municipality.Name;

    public override SourceLocation Source => Municipality.Source;

    public override SourceLocation? EditableSource => Source;
}

/// <summary>A map of the whole site for people: every municipality, strategy, focus area and goal.</summary>
public sealed record SiteMapPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.SiteMap;

    public override string Title => "Oversigt over siden";

    public override SourceLocation Source => Site.Settings.Source;

    public override string Description => "Alle kommuner, strategier og mål på siden, samlet på én side.";
}

/// <summary>
/// The editors' coverage report: which goals no action serves this school year and which
/// actions serve no goal. Not linked from the site and kept out of search engines.
/// </summary>
public sealed record EditorialReportPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.EditorialReport;

    public override string Title => "Redaktionens rapport";

    public override SourceLocation Source => Site.Settings.Source;

    public override string Description => "Mål uden handlinger i skoleåret og handlinger uden mål, til redaktionen.";

    public override bool IsHiddenFromSearch => true;

    public override bool IsWide => true;
}
