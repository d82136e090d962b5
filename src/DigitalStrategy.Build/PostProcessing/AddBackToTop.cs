using AngleSharp.Dom;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Ends long pages (those with a contents list, nav.toc) with a link back to the top, so a reader at
/// the bottom of a long page on a phone does not have to scroll all the way back.
/// </summary>
public sealed class AddBackToTop : IHtmlProcessor
{
    /// <summary>The id of the site header, which the link leads to (theme/Layout/SiteLayout.razor).</summary>
    public const string TopId = "top";

    public void Process(IDocument document, Page page)
    {
        var main = document.QuerySelector("main");
        if (main is null || main.QuerySelector("nav.toc") is null || document.GetElementById(TopId) is null)
        {
            return;
        }

        var paragraph = document.CreateElement("p");
        paragraph.ClassName = "back-to-top";
        var link = document.CreateElement("a");
        link.SetAttribute("href", "#" + TopId);
        link.TextContent = "Til toppen af siden";
        paragraph.AppendChild(link);
        main.AppendChild(paragraph);
    }
}
