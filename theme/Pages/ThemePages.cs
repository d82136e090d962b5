using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>Every shared theme, and how many goals and actions each municipality has on it.</summary>
public sealed record ThemesPage(Site Site) : Page(Site)
{
    public override string Url => SiteRoutes.Themes;

    public override string Title => "Temaer";

    public override SourceLocation Source => Site.Themes[0].Source;

    public override string Description => "Sammenlign, hvordan kommunerne arbejder med det samme tema, fx kompetenceudvikling eller forældresamarbejde.";
}

/// <summary>One theme across municipalities: each municipality's goals and actions side by side.</summary>
public sealed record ThemePage(Site Site, Content.Model.Theme Theme) : Page(Site)
{
    public override bool IsWide => true;

    public override string Url => SiteRoutes.Theme(Theme);

    public override string Title => Theme.Title;

    public override SourceLocation Source => Theme.Source;

    public override string Description => Theme.Description ?? $"Sådan arbejder kommunerne med {Theme.Title.ToLowerInvariant()}.";

    public override IReadOnlyList<Crumb> Trail => [.. base.Trail, new Crumb("Temaer", SiteRoutes.Themes)];
}
