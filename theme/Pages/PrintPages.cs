using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Theme.Pages;

/// <summary>
/// A view made for paper: one document that prints on A4 as a whole, and that build --pdf also
/// renders to a PDF. On screen it is a plain long page.
/// </summary>
public abstract record PrintPageBase(Site Site, Municipality Municipality, Strategy Strategy)
    : StrategyPageBase(Site, Municipality, Strategy)
{
    /// <summary>Where the PDF of this view is written when the build makes PDFs.</summary>
    public abstract string PdfUrl { get; }

    /// <summary>The page the print view is made from; the live address the paper points back to.</summary>
    public abstract string LiveUrl { get; }

    public override string? PrintUrl => Url;

    public override string CrumbLabel => "Udskriv";

    /// <summary>
    /// The pages this document holds, by address, with the id of the part that holds each. A link
    /// to one of them becomes a link within the document; other links stay and print their address.
    /// </summary>
    public abstract IReadOnlyDictionary<string, string> Anchors { get; }

    /// <summary>The same content is on the live pages; search engines should send readers there.</summary>
    public override bool IsHiddenFromSearch => true;
}

/// <summary>The whole strategy on one page: chapters, focus areas, goals, actions and appendices in reading order.</summary>
public sealed record StrategyPrintPage(Site Site, Municipality Municipality, Strategy Strategy)
    : PrintPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.StrategyPrint(Strategy);

    public override string Title => Strategy.Title;

    public override SourceLocation Source => Strategy.Source;

    public override string PdfUrl => SiteRoutes.StrategyPdf(Strategy);

    public override string LiveUrl => SiteRoutes.Strategy(Strategy);

    public override string DocumentTitle => $"{Title} – {Municipality.Name}";

    public const string FocusAreasAnchor = "fokusomraader";
    public const string EvaluationAnchor = "evaluering";
    public const string GlossaryAnchor = "ordforklaring";

    public static string ChapterAnchor(Chapter chapter) => $"kapitel-{chapter.Id}";

    public static string FocusAreaAnchor(FocusArea focusArea) => $"fa-{focusArea.Id}";

    public static string GoalAnchor(Goal goal) => $"maal-{goal.Id}";

    public static string AppendixAnchor(AnnualAppendix appendix) => $"bilag-{appendix.Id}";

    public override IReadOnlyDictionary<string, string> Anchors
    {
        get
        {
            var anchors = new Dictionary<string, string>(StringComparer.Ordinal) { [SiteRoutes.Strategy(Strategy)] = "indhold" };
            foreach (var chapter in Strategy.Chapters)
            {
                anchors[SiteRoutes.Chapter(Strategy, chapter)] = ChapterAnchor(chapter);
            }

            foreach (var focusArea in Strategy.FocusAreas)
            {
                anchors[SiteRoutes.FocusArea(Strategy, focusArea)] = FocusAreaAnchor(focusArea);
                foreach (var goal in focusArea.Goals)
                {
                    anchors[SiteRoutes.Goal(Strategy, goal)] = GoalAnchor(goal);
                }
            }

            foreach (var appendix in Strategy.Appendices)
            {
                anchors[SiteRoutes.Appendix(Strategy, appendix)] = AppendixAnchor(appendix);
            }

            if (!Strategy.Glossary.IsEmpty)
            {
                anchors[SiteRoutes.StrategyGlossary(Strategy)] = GlossaryAnchor;
            }

            return anchors;
        }
    }
}

/// <summary>One annual appendix as a standalone document for a board meeting.</summary>
public sealed record AppendixPrintPage(Site Site, Municipality Municipality, Strategy Strategy, AnnualAppendix Appendix)
    : PrintPageBase(Site, Municipality, Strategy)
{
    public override string Url => SiteRoutes.AppendixPrint(Strategy, Appendix);

    /// <summary>Always names the school year, as the appendix page does.</summary>
    public override string Title => AppendixPage.TitleOf(Appendix);

    public string Label => AppendixPage.LabelOf(Appendix);

    public override SourceLocation Source => Appendix.Source;

    public override SourceLocation? EditableSource => Source;

    public override IReadOnlyList<Crumb> Trail =>
        [.. base.Trail, new Crumb($"Skoleåret {Appendix.SchoolYear}", SiteRoutes.Appendix(Strategy, Appendix))];

    public override string PdfUrl => SiteRoutes.AppendixPdf(Strategy, Appendix);

    public override string LiveUrl => SiteRoutes.Appendix(Strategy, Appendix);

    public override RunningHeader RunningHeader => RunningHeader.Of(Municipality, Strategy, Appendix.SchoolYear);

    /// <summary>The goals the actions serve are listed at the end of the document.</summary>
    public override IReadOnlyDictionary<string, string> Anchors =>
        Strategy.Goals.ToDictionary(g => SiteRoutes.Goal(Strategy, g), StrategyPrintPage.GoalAnchor, StringComparer.Ordinal);
}
