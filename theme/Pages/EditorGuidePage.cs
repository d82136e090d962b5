using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>The editor's guide (docs/redaktoervejledning.md) as the build rendered it: its title and the HTML under it.</summary>
/// <param name="SourcePath">The guide's path in the repository, which the page names as its source.</param>
public sealed record EditorGuide(string Title, string Html, string SourcePath);

/// <summary>
/// The Danish editor's guide, published beside the editors' report so the preview's error panel and
/// 'check --format json' can link each diagnostic code to its section (#ds0009).
/// </summary>
public sealed record EditorGuidePage(Site Site, EditorGuide Guide) : Page(Site)
{
    public override string Url => SiteRoutes.EditorGuide;

    public override string Title => Guide.Title;

    public override SourceLocation Source => SourceLocation.StartOf(Guide.SourcePath);

    public override string Description => "Sådan ændrer redaktører strategierne: mål, handlinger, nye skoleår, forhåndsvisning og hvad hver fejl betyder.";

    public override IReadOnlyList<Crumb> Trail => [new Crumb("Forside", SiteRoutes.Home), new Crumb("Redaktionens rapport", SiteRoutes.EditorialReport)];

    public override bool IsHiddenFromSearch => true;
}
