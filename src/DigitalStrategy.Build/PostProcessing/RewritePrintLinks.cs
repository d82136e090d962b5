using AngleSharp.Dom;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Makes a print view one self-contained document: a link to a page the document holds (a
/// chapter, a goal, a focus area, an appendix) becomes a link to that part of the document, and a
/// link to a place on such a page (an action, a heading) to the same place within that part.
/// Links to anything else stay, and print their address. The link back to the live page stays.
/// </summary>
public sealed class RewritePrintLinks : IHtmlProcessor
{
    /// <summary>Links with this class lead to the live site on purpose (theme/Components/PrintMasthead.razor).</summary>
    public const string LiveLinkClass = "live-link";

    private static readonly Uri Origin = new("http://site.invalid");

    public void Process(IDocument document, Page page)
    {
        if (page is not PrintPageBase print || document.QuerySelector("main") is not { } main)
        {
            return;
        }

        var anchors = print.Anchors;
        var here = new Uri(Origin, page.Url);
        foreach (var link in main.QuerySelectorAll("a[href]"))
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#') || link.ClassList.Contains(LiveLinkClass) || !Uri.TryCreate(here, href, out var target) || target.Host != Origin.Host)
            {
                continue;
            }

            if (anchors.TryGetValue(target.AbsolutePath, out var partId))
            {
                link.SetAttribute("href", "#" + Within(document, partId, target.Fragment.TrimStart('#')));
            }
        }
    }

    /// <summary>
    /// The id of the place within a part: the fragment where the part has it (headings that were
    /// renamed to stay unique end in "-2", "-3"), the fragment where it is unique on the page
    /// (actions), else the part itself.
    /// </summary>
    private static string Within(IDocument document, string partId, string fragment)
    {
        if (fragment.Length == 0 || document.GetElementById(partId) is not { } part)
        {
            return partId;
        }

        var inPart = part.QuerySelectorAll("[id]").FirstOrDefault(e =>
            e.Id == fragment || (e.Id!.StartsWith(fragment + "-", StringComparison.Ordinal) && int.TryParse(e.Id.AsSpan(fragment.Length + 1), out _)));
        if (inPart is not null)
        {
            return inPart.Id!;
        }

        return document.GetElementById(fragment) is not null ? fragment : partId;
    }
}
