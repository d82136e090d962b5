using AngleSharp.Html.Parser;
using DigitalStrategy.Theme.Pages;
using Markdig;

namespace DigitalStrategy.Build.Guide;

/// <summary>
/// Renders the editor's guide, docs/redaktoervejledning.md, which is compiled into the build so the
/// published guide always matches the program's diagnostics. The guide is the project's own text,
/// not an editor's, so its anchors (&lt;a id="ds0009"&gt;) are kept as written.
/// </summary>
public static class EditorGuideLoader
{
    public const string SourcePath = "docs/redaktoervejledning.md";

    // Headings without an explicit anchor get theirs from AddHeadingAnchors, like every page's.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Build();

    private static readonly Lazy<EditorGuide> Guide = new(Render);

    public static EditorGuide Load() => Guide.Value;

    private static EditorGuide Render()
    {
        using var stream = typeof(EditorGuideLoader).Assembly.GetManifestResourceStream(SourcePath)
            ?? throw new InvalidOperationException($"{SourcePath} is not compiled into the build.");
        using var reader = new StreamReader(stream);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + Markdown.ToHtml(reader.ReadToEnd(), Pipeline) + "</body></html>");
        var body = document.Body!;

        // The page's view writes the title as its h1.
        var heading = body.QuerySelector("h1");
        var title = heading?.TextContent.Trim() ?? "Vejledning til redaktører";
        heading?.Remove();

        // Links to other files of the repository (README.md, content-model.md) lead nowhere on the
        // site, so they keep their text and lose the link.
        foreach (var link in body.QuerySelectorAll("a[href]").Where(a => IsRepositoryFile(a.GetAttribute("href")!)).ToList())
        {
            link.Replace([.. link.ChildNodes]);
        }

        MoveAnchorsOntoHeadings(body);
        WrapTables(body);
        return new EditorGuide(title, body.InnerHtml.Trim(), SourcePath);
    }

    /// <summary>
    /// On GitHub a section's stable address is an empty &lt;a id&gt; line before its heading; on the
    /// site the heading itself takes that id, so the address is the same and no empty paragraph is left.
    /// </summary>
    private static void MoveAnchorsOntoHeadings(AngleSharp.Dom.IElement body)
    {
        foreach (var anchor in body.QuerySelectorAll("p > a[id]:only-child").Where(a => a.ChildNodes.Length == 0 && a.ParentElement!.TextContent.Trim().Length == 0).ToList())
        {
            var paragraph = anchor.ParentElement!;
            if (paragraph.NextElementSibling is { } heading && heading.LocalName is "h2" or "h3" or "h4")
            {
                heading.Id = anchor.Id;
                paragraph.Remove();
            }
        }
    }

    /// <summary>
    /// A table wider than a phone scrolls inside its own region, which the keyboard can reach and a
    /// screen reader names after the section it is in, as the site's other tables do.
    /// </summary>
    private static void WrapTables(AngleSharp.Dom.IElement body)
    {
        var document = body.Owner!;
        foreach (var table in body.QuerySelectorAll("table").ToList())
        {
            var region = document.CreateElement("div");
            region.ClassName = "scroll-region";
            region.SetAttribute("tabindex", "0");
            region.SetAttribute("role", "region");
            var section = table.ParentElement!.Children.TakeWhile(e => e != table).LastOrDefault(e => e.LocalName is "h2" or "h3");
            region.SetAttribute("aria-label", section is null ? "Tabel" : $"Tabel: {section.TextContent.Trim()}");
            table.Replace(region);
            region.AppendChild(table);
        }
    }

    private static bool IsRepositoryFile(string href) =>
        !href.StartsWith('#') && !href.StartsWith('/') && !Uri.TryCreate(href, UriKind.Absolute, out _);
}
