using DigitalStrategy.Build.Guide;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Decides which pages exist: the home, 404 and accessibility statement pages (with its short
/// address /was/), search with its A–Z index of goals and actions, the glossaries, the themes, the site map, the editors' report, and one per
/// municipality, institution (with an index of a municipality's institutions), strategy,
/// chapter, focus area, goal and appendix, with a print view of each strategy and each appendix; strategies with school years get a school-year
/// index, a timeline and, where no appendix is written for a year, a page per school year.
/// Every page gets the build's date, for what depends on it.
/// </summary>
public sealed class PlanPages(DateOnly today) : IBuildStage
{
    /// <summary>
    /// The editor's guide depends on nothing in the sources, so it is rendered from the moment the
    /// recipe is made, while the sources are read and checked, rather than when its page is planned.
    /// </summary>
    private readonly Task<EditorGuide> _guide = Task.Run(EditorGuideLoader.Load);

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        var statement = new AccessibilityStatementPage(site);
        var pages = new List<Page>
        {
            new HomePage(site),
            new NotFoundPage(site),
            statement,
            new RedirectPage(site, SiteRoutes.AccessibilityStatementShort, statement),
            new SiteMapPage(site),
            new SearchPage(site),
            new AllGoalsAndActionsPage(site),
            new EditorialReportPage(site),
            new EditorGuidePage(site, await _guide),
        };
        if (!site.Glossary.IsEmpty)
        {
            pages.Add(new GlossaryPage(site));
        }

        if (!site.Themes.IsEmpty)
        {
            pages.Add(new ThemesPage(site));
            pages.AddRange(site.Themes.Select(t => new ThemePage(site, t)));
        }

        foreach (var municipality in site.Municipalities)
        {
            pages.Add(new MunicipalityPage(site, municipality));
            if (!municipality.Institutions.IsEmpty)
            {
                pages.Add(new InstitutionIndexPage(site, municipality));
                pages.AddRange(municipality.Institutions.Select(i => new InstitutionPage(site, municipality, i)));
            }

            foreach (var strategy in municipality.Strategies)
            {
                pages.Add(new StrategyPage(site, municipality, strategy));
                pages.Add(new StrategyPrintPage(site, municipality, strategy));
                pages.AddRange(strategy.Chapters.Select(c => new ChapterPage(site, municipality, strategy, c)));
                pages.AddRange(strategy.FocusAreas.Select(f => new FocusAreaPage(site, municipality, strategy, f)));
                pages.AddRange(strategy.Goals.Select(g => new GoalPage(site, municipality, strategy, g)));
                pages.AddRange(strategy.Appendices.Select(a => new AppendixPage(site, municipality, strategy, a)));
                pages.AddRange(strategy.Appendices.Select(a => new AppendixPrintPage(site, municipality, strategy, a)));
                if (!strategy.Glossary.IsEmpty)
                {
                    pages.Add(new StrategyGlossaryPage(site, municipality, strategy));
                }

                if (!strategy.SchoolYears.IsEmpty)
                {
                    pages.Add(new SchoolYearIndexPage(site, municipality, strategy));
                    pages.Add(new TimelinePage(site, municipality, strategy));
                    if (!strategy.SchoolYears.IsFromAppendices)
                    {
                        pages.AddRange(strategy.SchoolYears.Years.Select(y => new SchoolYearPage(site, municipality, strategy, y)));
                    }
                }
            }
        }

        context.Pages = pages.Select(p => p with { Today = today }).ToList();
    }
}
