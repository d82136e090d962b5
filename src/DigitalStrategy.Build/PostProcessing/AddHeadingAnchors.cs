using AngleSharp.Dom;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Gives every heading in editor-written prose a stable id, so a reader can link to a section
/// of a chapter ("#hvad-vil-vi-med-teknologien").
/// </summary>
public sealed class AddHeadingAnchors : IHtmlProcessor
{
    public void Process(IDocument document, Page page)
    {
        var taken = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var heading in document.QuerySelectorAll(".prose h2, .prose h3, .prose h4"))
        {
            if (!string.IsNullOrEmpty(heading.Id))
            {
                continue;
            }

            var baseId = Ids.Suggest(heading.TextContent);
            var id = baseId;
            for (var n = 2; !taken.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            heading.Id = id;
        }
    }
}
