using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>
/// Turns an editor's Markdown into <see cref="RichText"/>. Loaders convert a text as soon as it is
/// read, before they decide whether the item is valid, so its findings come in the same run.
/// </summary>
internal static class RichTexts
{
    public static RichText? Block(MarkdownText? source, DiagnosticBag diagnostics) =>
        source is null ? null : new RichText(source.Text, MarkdownConverter.ToHtml(source, diagnostics));

    public static RichText? Inline(MarkdownText? source, DiagnosticBag diagnostics) =>
        source is null ? null : new RichText(source.Text, MarkdownConverter.InlineToHtml(source, diagnostics));
}
