using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Tests.Stages;

/// <summary>The strategy and appendix pages offer "Hent som PDF" with the file's size, and only when the build made the PDF.</summary>
public sealed class LinkPdfsTests
{
    private const string StrategyPdf = "/testby/plan/print/testby-plan.pdf";
    private const string AppendixPdf = "/testby/plan/bilag/2021-22/print/testby-plan-2021-22.pdf";

    [Fact]
    public async Task Pages_whose_print_view_has_a_pdf_link_it_with_its_size_and_the_link_check_finds_it()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var context = await RenderAsync(site);
        context.Pdfs = [(StrategyPdf.TrimStart('/'), new byte[245_123]), (AppendixPdf.TrimStart('/'), new byte[1_234_567])];

        await new LinkPdfs().RunAsync(context, CancellationToken.None);
        await new CheckLinks().RunAsync(context, CancellationToken.None);

        Assert.False(context.Diagnostics.HasErrors, string.Join('\n', context.Diagnostics.Sorted()));
        foreach (var url in new[] { "/testby/plan/", "/testby/plan/print/" })
        {
            var link = PdfLink(context, url);
            Assert.Equal(StrategyPdf, link.GetAttribute("href"));
            Assert.Equal("application/pdf", link.GetAttribute("type"));
            Assert.True(link.HasAttribute("download"));
            Assert.Equal("Hent som PDF (PDF, 245 kB)", ItemText(link));
        }

        foreach (var url in new[] { "/testby/plan/bilag/2021-22/", "/testby/plan/bilag/2021-22/print/" })
        {
            Assert.Equal("Hent som PDF (PDF, 1,2 MB)", ItemText(PdfLink(context, url)));
        }

        Assert.Contains(AppendixPdf, Page(context, "/testby/plan/bilag/2021-22/").Links.Hrefs);
        Assert.DoesNotContain("Hent som PDF", Html(context, "/testby/plan/bilag/2022-23/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_pdfs_no_page_offers_one()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var context = await RenderAsync(site);
        var before = context.RenderedPages.Select(p => Html(context, p)).ToList();

        await new LinkPdfs().RunAsync(context, CancellationToken.None);

        Assert.Equal(before, context.RenderedPages.Select(p => Html(context, p)));
    }

    [Fact]
    public async Task A_build_without_pdf_writes_no_pdf_and_links_none()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Udskriv hele strategien", File.ReadAllText(site.FileOf("/testby/plan/")), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.pdf", SearchOption.AllDirectories));
        Assert.All(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories),
            file => Assert.DoesNotContain("Hent som PDF", File.ReadAllText(file), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1, "1 kB")]
    [InlineData(245_123, "245 kB")]
    [InlineData(999_400, "999 kB")]
    [InlineData(999_600, "1,0 MB")]
    [InlineData(1_234_567, "1,2 MB")]
    [InlineData(12_750_000, "12,8 MB")]
    public void Sizes_are_written_the_Danish_way(long bytes, string expected) =>
        Assert.Equal(expected, FileSizes.Format(bytes));

    /// <summary>Runs the recipe up to the PDFs: the pages are rendered and post-processed, the assets collected.</summary>
    private static async Task<BuildContext> RenderAsync(TestSite site)
    {
        var options = new BuildOptions(site.Input, site.Output);
        var context = new BuildContext(options);
        await using var renderer = new PageRenderer();
        foreach (var stage in BuildRecipe.Stages(options, renderer).TakeWhile(s => s is not CheckLinks))
        {
            await stage.RunAsync(context, CancellationToken.None);
        }

        Assert.False(context.Diagnostics.HasErrors, string.Join('\n', context.Diagnostics.Sorted()));
        return context;
    }

    private static RenderedPage Page(BuildContext context, string url) =>
        context.RenderedPages.Single(p => p.OutputPath == SiteRoutes.OutputPath(url));

    private static string Html(BuildContext context, string url) => Html(context, Page(context, url));

    private static string Html(BuildContext context, RenderedPage page) =>
        System.Text.Encoding.UTF8.GetString(context.RequirePageStore().Read(page.OutputPath));

    private static IElement PdfLink(BuildContext context, string url)
    {
        var document = new HtmlParser().ParseDocument(Html(context, url));
        return Assert.Single(document.QuerySelectorAll("main ul.print-links li a"), a => a.TextContent == "Hent som PDF");
    }

    private static string ItemText(IElement link) => RealSite.Normalize(link.ParentElement!.TextContent);
}
