using System.Text;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.PostProcessing;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Rendering;

/// <summary>A page as it is published: rendered, post-processed and encoded, with its ids and links.</summary>
public sealed record MadePage(string OutputPath, byte[] Html, PageLinks Links);

/// <summary>
/// Makes one page the way the build publishes it: the theme's Razor components, then the HTML
/// processors of the recipe. The build makes every page with it; the preview also makes pages on
/// demand, when a tab asks for one.
/// </summary>
public sealed class PageMaker(PageRenderer renderer, IReadOnlyList<IHtmlProcessor> processors)
{
    private readonly PageFinisher _finisher = new(processors);

    public async Task<MadePage> MakeAsync(Page page)
    {
        var (html, links) = _finisher.Finish(await renderer.RenderAsync(page), page);
        return new MadePage(SiteRoutes.OutputPath(page.Url), Encoding.UTF8.GetBytes(html), links);
    }
}
