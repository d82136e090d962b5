namespace DigitalStrategy.Content.Model;

/// <summary>Markdown written by an editor, with the HTML Markdig made of it.</summary>
public sealed record RichText(string Markdown, string Html)
{
    /// <summary>The text without markup, for places that cannot hold HTML such as meta descriptions.</summary>
    public string PlainText => Parsing.MarkdownConverter.ToPlainText(Markdown);
}
