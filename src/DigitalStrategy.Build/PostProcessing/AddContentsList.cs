using AngleSharp.Dom;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.PostProcessing;

/// <summary>
/// Gives long pages a contents list ("Indhold på siden") under the page heading, so a reader on
/// a phone sees what the page holds and can jump there. A page counts as long when it has at
/// least <see cref="MinimumSections"/> sections (h2 outside lists and navigation).
/// </summary>
public sealed class AddContentsList : IHtmlProcessor
{
    public const int MinimumSections = 3;
    public const string ListId = "indhold-paa-siden";

    public void Process(IDocument document, Page page)
    {
        var main = document.QuerySelector("main");
        var heading = main?.QuerySelector("h1");
        // A page with its own contents list (nav.toc, like the A–Z index's letters) needs no second one.
        if (main is null || heading is null || page.RedirectTo is not null || main.QuerySelector("nav.toc") is not null)
        {
            return;
        }

        var sections = main.QuerySelectorAll("h2")
            .Where(h => h.Closest("li, nav, figure, table") is null && h.TextContent.Trim().Length > 0)
            .ToList();
        if (sections.Count < MinimumSections)
        {
            return;
        }

        var taken = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var nav = document.CreateElement("nav");
        nav.ClassName = "toc";
        nav.SetAttribute("aria-labelledby", ListId);
        var title = document.CreateElement("h2");
        title.Id = ListId;
        title.TextContent = "Indhold på siden";
        // Headings that carry their own numbers ("5. Start et nyt skoleår") would read "6. 5. …" in a numbered list.
        var list = document.CreateElement(sections.Any(s => StartsWithNumber(Label(s))) ? "ul" : "ol");
        foreach (var section in sections)
        {
            if (string.IsNullOrEmpty(section.Id))
            {
                section.Id = UniqueId(Ids.Suggest(Label(section)), taken);
            }

            var link = document.CreateElement("a");
            link.SetAttribute("href", "#" + section.Id);
            link.TextContent = Label(section);
            var item = document.CreateElement("li");
            item.AppendChild(link);
            list.AppendChild(item);
        }

        nav.AppendChild(title);
        nav.AppendChild(list);
        var anchor = heading.NextElementSibling is { ClassName: "lead" } lead ? lead : heading;
        anchor.After(nav);
    }

    /// <summary>The heading as a reader sees it: without screen-reader-only text, spaces collapsed.</summary>
    private static string Label(IElement heading)
    {
        var copy = (IElement)heading.Clone();
        foreach (var hidden in copy.QuerySelectorAll(".visually-hidden, .count"))
        {
            hidden.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string UniqueId(string baseId, HashSet<string> taken)
    {
        var id = baseId;
        for (var n = 2; !taken.Add(id); n++)
        {
            id = $"{baseId}-{n}";
        }

        return id;
    }

    private static bool StartsWithNumber(string label)
    {
        var digits = label.TakeWhile(char.IsAsciiDigit).Count();
        return digits > 0 && label.Length > digits && label[digits] == '.';
    }
}
