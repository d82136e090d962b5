using AngleSharp.Dom;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Moves the headings of editor-written prose down where the prose sits deeper than on its own
/// page: a chapter's "##" is an h2 on the chapter page but an h3 under the chapter's h2 in the
/// print view of the whole strategy. The theme marks such prose with <c>data-heading-offset</c>;
/// the attribute is removed once used. Levels past 6 stay at 6.
/// </summary>
public sealed class ShiftPrintHeadings : IHtmlProcessor
{
    public const string OffsetAttribute = "data-heading-offset";

    public void Process(IDocument document, Page page)
    {
        foreach (var container in document.QuerySelectorAll($"[{OffsetAttribute}]").ToList())
        {
            var offset = int.TryParse(container.GetAttribute(OffsetAttribute), out var value) ? value : 0;
            container.RemoveAttribute(OffsetAttribute);
            if (offset <= 0)
            {
                continue;
            }

            foreach (var heading in container.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList())
            {
                var level = Math.Min(6, heading.LocalName[1] - '0' + offset);
                var moved = document.CreateElement($"h{level}");
                foreach (var attribute in heading.Attributes)
                {
                    moved.SetAttribute(attribute.Name, attribute.Value);
                }

                while (heading.FirstChild is { } child)
                {
                    moved.AppendChild(child);
                }

                heading.Replace(moved);
            }
        }
    }
}
