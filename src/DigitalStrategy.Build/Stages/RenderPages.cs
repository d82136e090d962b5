using System.Text;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.PostProcessing;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Renders every planned page with the theme's Razor components, runs it through the HTML
/// processors and hands it to the page store at once, on every core. Only what the later stages
/// need to know about a page (its ids and links) is kept, so memory does not grow with the site.
/// </summary>
public sealed class RenderPages(PageRenderer renderer, IReadOnlyList<IHtmlProcessor> processors) : IBuildStage
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var finisher = new PageFinisher(processors);
        var store = context.RequirePageStore();
        var pages = context.Pages;
        var rendered = new RenderedPage[pages.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = PageRenderer.Lanes, CancellationToken = cancellationToken };
        await Parallel.ForAsync(0, pages.Count, options, async (i, _) =>
        {
            var page = pages[i];
            var (html, links) = finisher.Finish(await renderer.RenderAsync(page), page);
            var outputPath = SiteRoutes.OutputPath(page.Url);
            store.Write(outputPath, Utf8NoBom.GetBytes(html));
            rendered[i] = new RenderedPage(page, outputPath, links);
        });

        context.RenderedPages = rendered;
    }
}
