using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>A page inside a strategy: the strategy overview and everything below it.</summary>
public abstract record StrategyPageBase(Site Site, Municipality Municipality, Strategy Strategy) : Page(Site)
{
    public string StrategyName => Strategy.ShortTitle ?? Strategy.Title;

    public override string? Description => Strategy.Summary?.PlainText ?? base.Description;

    /// <summary>The institution whose local plan this is, if it is one.</summary>
    public Institution? Institution => Municipality.InstitutionOf(Strategy);

    /// <summary>A local plan is reached through its institution, as a parent looks for it.</summary>
    public override IReadOnlyList<Crumb> Trail =>
    [
        .. base.Trail,
        new Crumb(Municipality.Name, SiteRoutes.Municipality(Municipality)),
        .. Institution is { } institution
            ? (Crumb[])[new Crumb("Institutioner", SiteRoutes.Institutions(Municipality)), new Crumb(institution.Name, SiteRoutes.Institution(Municipality, institution))]
            : [],
        new Crumb(StrategyName, SiteRoutes.Strategy(Strategy)),
    ];

    public override string DocumentTitle => $"{Title} – {StrategyName} – {Municipality.Name}";

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality, Strategy);
}

public sealed record StrategyPage(Site Site, Municipality Municipality, Strategy Strategy)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.Strategy(Strategy);

    public override string Title => Strategy.Title;

    public override SourceLocation Source => Strategy.Source;

    public override SourceLocation? EditableSource => Source;

    public override IReadOnlyList<Crumb> Trail => base.Trail.SkipLast(1).ToArray();

    public override string CrumbLabel => StrategyName;

    public override string DocumentTitle => $"{Title} – {Municipality.Name}";

    public override string? PrintUrl => SiteRoutes.StrategyPrint(Strategy);
}

public sealed record ChapterPage(Site Site, Municipality Municipality, Strategy Strategy, Chapter Chapter)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.Chapter(Strategy, Chapter);

    public override SourceLocation Source => Chapter.Source;

    public override SourceLocation? EditableSource => Source;

    public override string? Description => Chapter.Summary ?? base.Description;

    public override string Title => Chapter.AppendixNumber is { } number ? $"Bilag {number}: {Chapter.Title}" : Chapter.Title;
}

/// <summary>A strategy's own word list, such as Herning's "Ordforklaring".</summary>
public sealed record StrategyGlossaryPage(Site Site, Municipality Municipality, Strategy Strategy)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.StrategyGlossary(Strategy);

    public override string Title => "Ordforklaring";

    public override SourceLocation Source => Strategy.Glossary[0].Source;

    public override SourceLocation? EditableSource => Source;
}

public sealed record FocusAreaPage(Site Site, Municipality Municipality, Strategy Strategy, FocusArea FocusArea)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.FocusArea(Strategy, FocusArea);

    public override string Title => FocusArea.Title;

    public override SourceLocation Source => FocusArea.Source;

    public override SourceLocation? EditableSource => Source;
}

public sealed record GoalPage(Site Site, Municipality Municipality, Strategy Strategy, Goal Goal)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public FocusArea FocusArea => Strategy.FindFocusArea(Goal.FocusAreaId)!;

    public override string Url => SiteRoutes.Goal(Strategy, Goal);

    public override string Title => Goal.Title;

    public override SourceLocation Source => Goal.Source;

    public override SourceLocation? EditableSource => Source;

    public override string? Description => Goal.Title;

    public override IReadOnlyList<Crumb> Trail =>
        [.. base.Trail, new Crumb(FocusArea.Title, SiteRoutes.FocusArea(Strategy, FocusArea))];
}

public sealed record AppendixPage(Site Site, Municipality Municipality, Strategy Strategy, AnnualAppendix Appendix)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.Appendix(Strategy, Appendix);

    /// <summary>Always names the school year, even when the editor's title does not.</summary>
    public override string Title => TitleOf(Appendix);

    public override SourceLocation Source => Appendix.Source;

    public override SourceLocation? EditableSource => Source;

    public override string CrumbLabel => $"Skoleåret {Appendix.SchoolYear}";

    public override string? PrintUrl => SiteRoutes.AppendixPrint(Strategy, Appendix);

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality, Strategy, Appendix.SchoolYear);

    /// <summary>"Bilag 2" when the strategy numbers its appendices, else "Bilag".</summary>
    public string Label => LabelOf(Appendix);

    public static string LabelOf(AnnualAppendix appendix) => appendix.Number is { } n ? $"Bilag {n}" : "Bilag";

    /// <summary>The editor's title, with the school year added when it does not say it.</summary>
    public static string TitleOf(AnnualAppendix appendix) => appendix.Title.Contains(appendix.SchoolYear.ToString(), StringComparison.Ordinal)
        ? appendix.Title
        : $"{appendix.Title} {appendix.SchoolYear}";
}
