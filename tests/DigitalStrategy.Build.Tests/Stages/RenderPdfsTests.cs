using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Stages;

/// <summary>build --pdf makes a PDF of every print view with Debian's chromium, or fails clearly and keeps the last good site.</summary>
public sealed class RenderPdfsTests
{
    [Fact]
    public async Task With_pdf_every_print_view_gets_a_pdf_that_its_pages_link_with_its_real_size()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Pdf: true));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var pdfs = Directory.EnumerateFiles(site.Output, "*.pdf", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["testby/plan/bilag/2021-22/print/testby-plan-2021-22.pdf", "testby/plan/bilag/2022-23/print/testby-plan-2022-23.pdf", "testby/plan/print/testby-plan.pdf"],
            pdfs);
        var appendixPdf = File.ReadAllBytes(Path.Combine(site.Output, "testby/plan/bilag/2021-22/print/testby-plan-2021-22.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), appendixPdf[..5]);
        var item = site.Page("/testby/plan/bilag/2021-22/").QuerySelector("a[href$='testby-plan-2021-22.pdf']")!.ParentElement!;
        Assert.Equal($"Hent som PDF (PDF, {FileSizes.Format(appendixPdf.Length)})", RealSite.Normalize(item.TextContent));
    }

    [Fact]
    public async Task Without_chromium_the_build_fails_with_a_clear_message_and_keeps_the_last_good_site()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();
        var before = TestSite.Snapshot(site.Output);
        var missing = Path.Combine(site.Root, "no-such-chromium");

        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Pdf: true, ChromiumPath: missing));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PdfFailed, error.Code);
        Assert.Equal(missing, error.Location.Path);
        Assert.Equal(
            $"PDF'erne kan ikke laves, fordi Chromium ikke findes i {missing}. Installer Debians chromium-pakke (apt install chromium), eller byg uden --pdf.",
            error.Message);
        Assert.Equal(before, TestSite.Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output-staging-*"));
    }

    [Fact]
    public async Task A_chromium_that_does_not_start_fails_the_build_without_crashing_it()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();
        var before = TestSite.Snapshot(site.Output);

        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Pdf: true, ChromiumPath: "/bin/false"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.PdfFailed, error.Code);
        Assert.StartsWith("PDF'erne kunne ikke laves med Chromium (/bin/false): ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Installer Debians chromium-pakke (apt install chromium), eller byg uden --pdf.", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task The_pdfs_are_made_after_the_assets_and_before_the_link_check_and_only_when_files_are_written()
    {
        await using var renderer = new PageRenderer();
        string[] Names(BuildOptions options) => [.. BuildRecipe.Stages(options, renderer).Select(s => s.GetType().Name)];

        var withPdf = Names(new BuildOptions("input", "output", Pdf: true));
        string[] order = ["CollectAssets", "RenderPdfs", "LinkPdfs", "CheckLinks", "WriteOutput"];
        Assert.Equal(order, withPdf.Where(order.Contains));
        Assert.DoesNotContain("RenderPdfs", Names(new BuildOptions("input", "output")));
        Assert.DoesNotContain("RenderPdfs", Names(new BuildOptions("input", "", WriteFiles: false, Pdf: true)));
    }
}
