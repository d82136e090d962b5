namespace DigitalStrategy.Content.Model;

/// <summary>Markdown written by an editor, with the HTML Markdig made of it.</summary>
public sealed record RichText(string Markdown, string Html)
{
    private string? _plainText;

    /// <summary>
    /// The text without markup, for places that cannot hold HTML such as meta descriptions. Made
    /// once, on first use, as the open data, the comparison of school years and several pages ask.
    /// </summary>
    public string PlainText => _plainText ??= Parsing.MarkdownConverter.ToPlainText(Markdown);

    /// <summary>Equal when the texts are; whether the plain text was made yet does not count.</summary>
    public bool Equals(RichText? other) =>
        ReferenceEquals(this, other) || (other is not null && Markdown == other.Markdown && Html == other.Html);

    public override int GetHashCode() => HashCode.Combine(Markdown, Html);
}
