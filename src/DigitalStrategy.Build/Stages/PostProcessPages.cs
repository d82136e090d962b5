using AngleSharp;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.PostProcessing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Runs each page through the HTML processors and records its ids and links for the link check.
/// Pages are independent, so they are processed in parallel; the order of the result is kept.
/// </summary>
public sealed class PostProcessPages(IReadOnlyList<IHtmlProcessor> processors) : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var input = context.RenderedPages;
        var output = new RenderedPage[input.Count];
        Parallel.For(0, input.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var parser = new HtmlParser();
            var document = parser.ParseDocument(input[i].Html);
            foreach (var processor in processors)
            {
                processor.Process(document, input[i].Page);
            }

            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
            var hrefs = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).ToList();
            output[i] = input[i] with { Html = document.ToHtml() + "\n", Links = new PageLinks(ids, hrefs) };
        });

        context.RenderedPages = output;
        return Task.CompletedTask;
    }
}
