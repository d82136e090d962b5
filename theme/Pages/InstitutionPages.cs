using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>The institutions of a municipality, each with the plans that apply to it.</summary>
public sealed record InstitutionIndexPage(Site Site, Municipality Municipality) : Page(Site)
{
    public override string Url => SiteRoutes.Institutions(Municipality);

    public override string Title => $"Institutioner i {Municipality.Name}";

    public override SourceLocation Source => Municipality.Source;

    public override string CrumbLabel => "Institutioner";

    public override string? Description =>
        $"Skoler og andre institutioner i {Municipality.Name} og de strategier og lokale planer, der gælder for dem.";

    public override IReadOnlyList<Crumb> Trail =>
        [.. base.Trail, new Crumb(Municipality.Name, SiteRoutes.Municipality(Municipality))];

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality);

    public override string DocumentTitle => $"Institutioner – {Municipality.Name}";
}

/// <summary>
/// One institution: the municipal strategies that cover it and its own local plans, with the
/// municipal goal each local goal implements.
/// </summary>
public sealed record InstitutionPage(Site Site, Municipality Municipality, Institution Institution) : Page(Site)
{
    public override string Url => SiteRoutes.Institution(Municipality, Institution);

    public override string Title => Institution.Name;

    public override SourceLocation Source => Institution.Source;

    public override SourceLocation? EditableSource => Source;

    public override string? Description =>
        Institution.Description?.PlainText ?? $"De strategier og planer, der gælder for {Institution.Name} i {Municipality.Name}.";

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality);

    public override IReadOnlyList<Crumb> Trail =>
    [
        .. base.Trail,
        new Crumb(Municipality.Name, SiteRoutes.Municipality(Municipality)),
        new Crumb("Institutioner", SiteRoutes.Institutions(Municipality)),
    ];

    public override string DocumentTitle => $"{Title} – {Municipality.Name}";
}
