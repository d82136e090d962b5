using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>The search page: a form that works as a plain GET, and a script that searches the Pagefind index.</summary>
public sealed record SearchPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.Search;

    public override string Title => "Søg";

    public override SourceLocation Source => Site.Settings.Source;

    public override string Description => "Søg i alle kommunernes mål, handlinger, kapitler og ordforklaringer.";

    public override bool HasHeaderSearch => false;

    public override IReadOnlyList<string> Stylesheets => [SiteRoutes.SearchStylesheet];

    public override IReadOnlyList<string> Scripts => [SiteRoutes.SearchScript];
}

/// <summary>Every goal and action of the site from A to Å, for readers whose browser cannot search.</summary>
public sealed record AllGoalsAndActionsPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.AllGoalsAndActions;

    public override string Title => "Alle mål og handlinger fra A til Å";

    public override SourceLocation Source => Site.Settings.Source;

    public override string Description => "Alle kommunernes mål og handlinger i alfabetisk rækkefølge.";

    public override IReadOnlyList<Crumb> Trail => [.. base.Trail, new Crumb("Søg", SiteRoutes.Search)];

    public override string CrumbLabel => "Fra A til Å";

    public override IReadOnlyList<string> Stylesheets => [SiteRoutes.SearchStylesheet];
}
