using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>The school years of a strategy, with the current one marked.</summary>
public sealed record SchoolYearIndexPage(Site Site, Municipality Municipality, Strategy Strategy)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.SchoolYears(Strategy);

    public override string Title => "Skoleår for skoleår";

    public override SourceLocation Source => Strategy.Source;

    public override string Description => $"Hvad {StrategyName} gør i hvert skoleår, og hvad der er nyt, fortsætter og er slut.";
}

/// <summary>
/// One school year of a strategy without annual appendices, derived from its timeframes. (A
/// strategy with appendices shows each school year on its appendix page, as written.)
/// </summary>
public sealed record SchoolYearPage(Site Site, Municipality Municipality, Strategy Strategy, SchoolYearEntry Entry)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.SchoolYear(Strategy, Entry.Year);

    public override string Title => $"Skoleåret {Entry.Year}";

    public override SourceLocation Source => Strategy.Source;

    public override string Description => $"Det, {StrategyName} gør i skoleåret {Entry.Year}: nyt, fortsat og afsluttet.";

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality, Strategy, Entry.Year);

    public override IReadOnlyList<Crumb> Trail => [.. base.Trail, new Crumb("Skoleår", SiteRoutes.SchoolYears(Strategy))];
}

/// <summary>A strategy's actions and targets along its school years, as a table and a chart.</summary>
public sealed record TimelinePage(Site Site, Municipality Municipality, Strategy Strategy)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override bool IsWide => true;

    public override string Url => SiteRoutes.Timeline(Strategy);

    public override string Title => "Tidslinje";

    public override SourceLocation Source => Strategy.Source;

    public override string Description => $"{StrategyName}: handlinger og mål skoleår for skoleår.";
}
