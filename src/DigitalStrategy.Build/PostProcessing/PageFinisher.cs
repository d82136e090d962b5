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
    public (string Html, PageLinks Links) Finish(string html, Page page)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var processor in processors)
        {
            processor.Process(document, page);
        }

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var hrefs = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).Distinct(StringComparer.Ordinal).ToList();
        return (document.ToHtml() + "\n", new PageLinks(ids, hrefs));
    }
}
