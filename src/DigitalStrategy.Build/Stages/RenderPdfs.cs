using System.Text;
using DigitalStrategy.Build.Pdf;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Renders each print view (the whole strategy, each annual appendix) to a PDF with Chromium, from
/// the pages and CSS of this build in memory. It runs before anything is written, so when Chromium
/// is missing or fails, the build stops with DS0024 and the last good site stays.
/// </summary>
public sealed class RenderPdfs : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var jobs = context.RenderedPages
            .Select(p => p.Page)
            .OfType<PrintPageBase>()
            .Select(p => new PdfJob(p.Url, SiteRoutes.OutputPath(p.PdfUrl)))
            .ToList();
        if (jobs.Count == 0)
        {
            return;
        }

        var outcome = await PdfPrinter.PrintAsync(jobs, FilesOf(context), context.Options.ChromiumPath, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            context.Diagnostics.Error(SourceLocation.StartOf(context.Options.ChromiumPath), DiagnosticCodes.PdfFailed, failure);
            return;
        }

        context.Pdfs = outcome.Pdfs;
    }

    /// <summary>The build's print views and assets by output path, as the browser would get them from the published site.</summary>
    private static IReadOnlyDictionary<string, byte[]> FilesOf(BuildContext context)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var store = context.RequirePageStore();
        foreach (var page in context.RenderedPages.Where(p => p.Page is PrintPageBase))
        {
            files[page.OutputPath] = store.Read(page.OutputPath);
        }

        foreach (var (path, content) in context.Assets)
        {
            files[path] = content;
        }

        return files;
    }
}
