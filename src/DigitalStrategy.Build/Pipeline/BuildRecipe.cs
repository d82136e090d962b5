using DigitalStrategy.Build.PostProcessing;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Build.Stages;

namespace DigitalStrategy.Build.Pipeline;

/// <summary>
/// The build, written out as a recipe: every stage and every HTML processor in the order they run.
/// Nothing is discovered by reflection; to add a step, add it here.
/// </summary>
public static class BuildRecipe
{
    public static IReadOnlyList<IBuildStage> Stages(BuildOptions options, PageRenderer renderer)
    {
        if (options.RenderOnly is not null)
        {
            return QuickPreview(options, renderer);
        }

        List<IBuildStage> stages =
        [
            new ReadSources(),
            new LoadContent(),
            new ResolveReferences(),
            new ReviewAccessibilityStatement(options.TodayOrClock),
            new ReviewCoverage(options.TodayOrClock),
            new ReviewTitles(),
            new PlanPages(options.TodayOrClock),
            new CollectOpenData(options.TodayOrClock),
            new ReadSourceDates(),
            new AddPageFacts(),
            new BeginOutput(),
            new RenderPages(renderer, HtmlProcessors()),
            new CollectAssets(),
            new MakeSitemap(),
            new MakeChangeFeed(),
        ];
        if (options.Pdf && options.WriteFiles)
        {
            stages.Add(new RenderPdfs());
            stages.Add(new LinkPdfs());
        }

        stages.Add(new CheckLinks());
        if (options.InMemory)
        {
            stages.Add(new KeepSiteInMemory());
        }

        if (options.WriteFiles)
        {
            stages.Add(new WriteOutput());
            if (options.Search)
            {
                stages.Add(new CollectSearchRecords());
                stages.Add(new IndexSearch());
            }

            stages.Add(new PublishOutput());
        }

        return stages;
    }

    /// <summary>
    /// The preview's quick build after a change: the content and the pages open in the tabs, so the
    /// editor sees the change at once. The full build, with every check, follows it.
    /// </summary>
    private static IReadOnlyList<IBuildStage> QuickPreview(BuildOptions options, PageRenderer renderer)
    {
        if (!options.InMemory)
        {
            throw new ArgumentException("Only the preview renders some of the pages; it needs InMemory.", nameof(options));
        }

        return
        [
            new ReadSources(),
            new LoadContent(),
            new ResolveReferences(),
            new PlanPages(options.TodayOrClock),
            new ReadSourceDates(),
            new AddPageFacts(),
            new BeginOutput(),
            new RenderPages(renderer, HtmlProcessors()),
            new CollectAssets(),
            new KeepSiteInMemory(),
        ];
    }

    /// <summary>The AngleSharp processors every page goes through, in order.</summary>
    public static IReadOnlyList<IHtmlProcessor> HtmlProcessors() =>
    [
        new ShiftPrintHeadings(),
        new AddHeadingAnchors(),
        new MarkGlossaryTerms(),
        new AddContentsList(),
        new AddBackToTop(),
        new RewritePrintLinks(),
        new AddPrintAddresses(),
    ];
}
