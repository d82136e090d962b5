namespace DigitalStrategy.Content.Model;

/// <summary>Markdown written by an editor, with the HTML Markdig made of it.</summary>
public sealed record RichText(string Markdown, string Html)
{
    /// <summary>The text without markup, for places that cannot hold HTML such as meta descriptions.</summary>
    /// <remarks>Pages ask for it many times (descriptions, excerpts, comparisons), so it is made once;
    /// the cache remembers its Markdown, so a copy made with <c>with</c> never sees a stale text.</remarks>
    public string PlainText
    {
        get
        {
            if (_plainText is not { } cached || !ReferenceEquals(cached.Markdown, Markdown))
            {
                _plainText = cached = new PlainTextCache(Markdown, Parsing.MarkdownConverter.ToPlainText(Markdown));
            }

            return cached.Text;
        }
    }

    private PlainTextCache? _plainText;

    // The cache is not part of the value.
    public bool Equals(RichText? other) =>
        other is not null && string.Equals(Markdown, other.Markdown, StringComparison.Ordinal) && string.Equals(Html, other.Html, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Markdown, Html);

    private sealed record PlainTextCache(string Markdown, string Text);
}
