namespace DigitalStrategy.Content.Model;

/// <summary>Markdown written by an editor, with the HTML Markdig made of it.</summary>
public sealed record RichText(string Markdown, string Html);
