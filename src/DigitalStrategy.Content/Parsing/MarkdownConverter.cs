using Markdig;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// The one Markdig pipeline of the build. Raw HTML is disabled: editors write Markdown, and an
/// inline script or style in a source file would break the site's Content-Security-Policy.
/// </summary>
public static class MarkdownConverter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline).Trim();

    public static string ToPlainText(string markdown) =>
        string.Join(' ', Markdown.ToPlainText(markdown, Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Markdown for a single line (a goal or action text): no wrapping paragraph.</summary>
    public static string InlineToHtml(string markdown)
    {
        var html = ToHtml(markdown);
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 1, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }
}
