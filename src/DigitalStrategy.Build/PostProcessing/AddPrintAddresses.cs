using AngleSharp.Dom;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Gives each link in the page's content the full address it leads to, in
/// <c>data-print-href</c>, which the print stylesheet prints after the link text: on paper a
/// link is only useful as an address to type. Internal links get the published site's address
/// (base_url or --base-url); without one they get none, since a bare path helps no reader of paper.
/// Links within the page, glossary terms, links whose text already is the address, and links in
/// what the print stylesheet leaves out (navigation, "Udskriv" links, source links) get none.
/// </summary>
public sealed class AddPrintAddresses : IHtmlProcessor
{
    public const string Attribute = "data-print-href";

    /// <summary>Where links are not printed (theme/assets/print.css hides these).</summary>
    private const string NotPrinted = "nav, .source-link, .print-links, .more, .edit-link";

    private static readonly Uri Origin = new("http://site.invalid");

    public void Process(IDocument document, Page page)
    {
        if (document.QuerySelector("main") is not { } main)
        {
            return;
        }

        var baseUrl = page.Site.Settings.BaseUrl?.TrimEnd('/');
        var here = new Uri(Origin, page.Url);
        foreach (var link in main.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#') || link.ClassList.Contains("term") || link.Closest(NotPrinted) is not null || !Uri.TryCreate(here, href, out var target))
            {
                continue;
            }

            var isInternal = target.Host == Origin.Host;
            if (isInternal && (baseUrl is null || (target.AbsolutePath == here.AbsolutePath && target.Fragment.Length > 0)))
            {
                continue;
            }

            var address = target.Scheme switch
            {
                "mailto" or "tel" => Uri.UnescapeDataString(target.OriginalString[(target.Scheme.Length + 1)..]),
                _ when isInternal => baseUrl + target.PathAndQuery + target.Fragment,
                _ => target.OriginalString,
            };
            if (!SameAddress(link.TextContent, address))
            {
                link.SetAttribute(Attribute, address);
            }
        }
    }

    /// <summary>Whether the text already says the address, give or take the scheme and a final slash.</summary>
    private static bool SameAddress(string text, string address)
    {
        static string Bare(string value) =>
            value.Trim().Replace("https://", "", StringComparison.OrdinalIgnoreCase).Replace("http://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');

        return string.Equals(Bare(text), Bare(address), StringComparison.OrdinalIgnoreCase);
    }
}
