using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Rendering;

/// <summary>
/// Pages are rendered on every core by several HtmlRenderers, each replaced after a few hundred
/// pages so memory stays flat; none of that may change a page.
/// </summary>
public sealed class PageRendererTests
{
    [Fact]
    public async Task Many_pages_rendered_at_once_across_replaced_renderers_are_all_the_same_as_one_rendered_alone()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var context = new BuildContext(new BuildOptions(site.Input, site.Output, WriteFiles: false));
        await using var renderer = new PageRenderer();
        foreach (var stage in BuildRecipe.Stages(context.Options, renderer).TakeWhile(s => s is not BeginOutput))
        {
            await stage.RunAsync(context, CancellationToken.None);
        }

        var page = context.Pages.First(p => p.Url == "/testby/plan/");
        var alone = await renderer.RenderAsync(page);
        var many = await Task.WhenAll(Enumerable.Range(0, 500).Select(_ => Task.Run(() => renderer.RenderAsync(page))));

        Assert.Contains("<h1", alone, StringComparison.Ordinal);
        Assert.All(many, html => Assert.Equal(alone, html));
    }
}
