using AngleSharp;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Runs a rendered page through the HTML processors, in order, and records the ids and links the
/// link check needs, so the page itself need not be kept.
/// </summary>
public sealed class PageFinisher(IReadOnlyList<IHtmlProcessor> processors)
{
    // A parser sets up a browsing context of its own; pages are finished on every core, one parser each.
    private static readonly ThreadLocal<HtmlParser> Parsers = new(() => new HtmlParser());

    public (string Html, PageLinks Links) Finish(string html, Page page)
    {
        var document = Parsers.Value!.ParseDocument(html);
        foreach (var processor in processors)
        {
            processor.Process(document, page);
        }

        // One walk over the page for both, in document order.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var hrefs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.GetAttribute("id") is { } id)
            {
                ids.Add(id);
            }

            if (element.LocalName is "a" or "link" && element.GetAttribute("href") is { } href && seen.Add(href))
            {
                hrefs.Add(href);
            }
        }

        return (document.ToHtml() + "\n", new PageLinks(ids, hrefs));
    }
}
