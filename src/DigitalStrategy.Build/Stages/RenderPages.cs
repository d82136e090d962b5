using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.PostProcessing;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Renders every planned page with the theme's Razor components, runs it through the HTML
/// processors and hands it to the page store at once, on every core. Only what the later stages
/// need to know about a page (its ids and links) is kept, so memory does not grow with the site.
/// The preview's quick build renders only the pages open in its tabs (BuildOptions.RenderOnly).
/// </summary>
public sealed class RenderPages(PageRenderer renderer, IReadOnlyList<IHtmlProcessor> processors) : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var maker = new PageMaker(renderer, processors);
        var store = context.RequirePageStore();
        var only = context.Options.RenderOnly;
        var pages = only is null ? context.Pages : [.. context.Pages.Where(p => only.Contains(SiteRoutes.OutputPath(p.Url)))];
        var rendered = new RenderedPage[pages.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = PageRenderer.Lanes, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, pages.Count, options, async (i, _) =>
        {
            var made = await maker.MakeAsync(pages[i]);
            store.Write(made.OutputPath, made.Html);
            rendered[i] = new RenderedPage(pages[i], made.OutputPath, made.Links);
        });

        context.RenderedPages = rendered;
    }
}
