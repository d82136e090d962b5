using System.Text;
using AngleSharp;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Adds "Hent som PDF", with the file's size, to the print links of every page whose print view has
/// a PDF in this build. Only the build knows the size, so the theme leaves the slot and this stage
/// fills it; without PDFs (no --pdf) nothing is added.
/// </summary>
public sealed class LinkPdfs : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var sizes = context.Pdfs.ToDictionary(p => "/" + p.OutputPath, p => (long)p.Content.Length, StringComparer.Ordinal);
        var pdfOfPrintView = context.RenderedPages
            .Select(p => p.Page)
            .OfType<PrintPageBase>()
            .Where(p => sizes.ContainsKey(p.PdfUrl))
            .ToDictionary(p => p.Url, p => p.PdfUrl, StringComparer.Ordinal);
        if (pdfOfPrintView.Count == 0)
        {
            return Task.CompletedTask;
        }

        var store = context.RequirePageStore();
        var input = context.RenderedPages;
        var output = new RenderedPage[input.Count];
        Parallel.For(0, input.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            output[i] = input[i].Page.PrintUrl is { } printUrl && pdfOfPrintView.TryGetValue(printUrl, out var pdfUrl)
                ? WithPdfLink(store, input[i], pdfUrl, sizes[pdfUrl])
                : input[i];
        });

        context.RenderedPages = output;
        return Task.CompletedTask;
    }

    private static RenderedPage WithPdfLink(PageStore store, RenderedPage page, string pdfUrl, long size)
    {
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(store.Read(page.OutputPath)));
        var list = document.QuerySelector("ul.print-links");
        if (list is null)
        {
            return page;
        }

        var item = document.CreateElement("li");
        var link = document.CreateElement("a");
        link.SetAttribute("href", pdfUrl);
        link.SetAttribute("type", "application/pdf");
        link.SetAttribute("download", "");
        link.TextContent = "Hent som PDF";
        var meta = document.CreateElement("span");
        meta.ClassName = "meta";
        meta.TextContent = $"(PDF, {FileSizes.Format(size)})";
        item.Append(link, document.CreateTextNode(" "), meta);
        list.AppendChild(item);

        store.Write(page.OutputPath, Encoding.UTF8.GetBytes(document.ToHtml() + "\n"));
        return page with { Links = new PageLinks(page.Links.Ids, [.. page.Links.Hrefs, pdfUrl]) };
    }
}
