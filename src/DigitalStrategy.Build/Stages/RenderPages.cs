using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>Renders every planned page with the theme's Razor components.</summary>
public sealed class RenderPages(PageRenderer renderer) : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var rendered = new List<RenderedPage>(context.Pages.Count);
        foreach (var page in context.Pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var html = await renderer.RenderAsync(page);
            rendered.Add(new RenderedPage(page, SiteRoutes.OutputPath(page.Url), html, new PageLinks(new HashSet<string>(), [])));
        }

        context.RenderedPages = rendered;
    }
}
