using System.Net;
using DigitalStrategy.Content.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// The one Markdig pipeline of the build. Raw HTML is disabled: editors write Markdown, and an
/// inline script or style in a source file would break the site's Content-Security-Policy. Links
/// and images whose address could run a script are taken out of the document before it is
/// rendered, and everything that looks like script is reported as DS0016 at its place in the file.
/// </summary>
public static class MarkdownConverter
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UseListExtras()
        .DisableHtml()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Converts a text that is not reported on, e.g. in tests; it is made safe all the same.</summary>
    public static string ToHtml(string markdown) => Convert(markdown, report: null);

    /// <summary>Converts an editor's text and reports into <paramref name="diagnostics"/> what had to be made safe.</summary>
    public static string ToHtml(MarkdownText source, DiagnosticBag diagnostics) => Convert(source.Text, new Reporter(source, diagnostics));

    /// <summary>Markdown for a single line (a goal or action text): no wrapping paragraph.</summary>
    public static string InlineToHtml(string markdown) => MarkdownProse.InlineHtml(markdown) ?? Unwrap(ToHtml(markdown));

    /// <inheritdoc cref="InlineToHtml(string)"/>
    public static string InlineToHtml(MarkdownText source, DiagnosticBag diagnostics) =>
        MarkdownProse.InlineHtml(source.Text) is { } prose && !UnsafeMarkup.InText(source.Text).Any()
            ? prose
            : Unwrap(ToHtml(source, diagnostics));

    public static string ToPlainText(string markdown)
    {
        if (MarkdownProse.PlainText(markdown) is { } prose)
        {
            return prose;
        }

        string text;
        try
        {
            text = Markdown.ToPlainText(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Nested too deeply for Markdig, which was reported when the text was loaded.
            text = markdown;
        }

        return MarkdownProse.Normalized(text);
    }

    private static string Convert(string markdown, Reporter? report)
    {
        // Prose has nothing to make safe or to review, unless it reads like script, which is reported from the parsed text.
        if (MarkdownProse.Html(markdown) is { } prose && (report is null || !UnsafeMarkup.InText(markdown).Any()))
        {
            return prose.Trim();
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input nested so deeply (hundreds of '>' or '*') that rendering it
            // could overflow the stack; it is never a real text, so it fails the build.
            report?.Error(DiagnosticCodes.InvalidValue,
                "Teksten har for mange lag inden i hinanden (citater, lister, fremhævninger eller links), så den kan ikke vises. " +
                "Skriv den med færre lag.");
            return $"<p>{WebUtility.HtmlEncode(markdown)}</p>";
        }

        // Links, images and autolinks all begin with '[' or '<', so a text without either has none
        // to review or remove, and its syntax tree need not be searched for them.
        var mayHaveLinks = markdown.AsSpan().IndexOfAny('[', '<') >= 0;
        if (report is not null)
        {
            ReportScriptText(document, markdown, report);
            MarkdownReview.Report(document, report.Warning, mayHaveLinks);
        }

        if (mayHaveLinks)
        {
            RemoveUnsafeLinks(document, report);
        }

        return Markdown.ToHtml(document, Pipeline).Trim();
    }

    /// <summary>Raw HTML is shown as text, so a script or handler written into it cannot run; it is reported all the same.</summary>
    private static void ReportScriptText(MarkdownDocument document, string markdown, Reporter report)
    {
        var findings = UnsafeMarkup.InText(markdown).ToList();
        if (findings.Count == 0)
        {
            return;
        }

        // Code is meant to be shown as written, and link addresses are judged as links below.
        var skipped = document.Descendants<CodeBlock>().Select(b => b.Span)
            .Concat(document.Descendants<CodeInline>().Select(c => c.Span))
            .Concat(document.Descendants<AutolinkInline>().Select(a => a.Span))
            .Concat(document.Descendants<LinkInline>().Where(l => !l.UrlSpan.IsEmpty).Select(l => l.UrlSpan))
            .Concat(document.Descendants<LinkReferenceDefinition>().Select(d => d.Span))
            .ToList();
        foreach (var finding in findings)
        {
            if (!skipped.Exists(span => !span.IsEmpty && span.Start <= finding.Offset && finding.Offset <= span.End))
            {
                report.Warning(finding.Offset, finding.Message);
            }
        }
    }

    /// <summary>A link keeps its text without the address; an image is left out, as it has nothing else to show.</summary>
    private static void RemoveUnsafeLinks(MarkdownDocument document, Reporter? report)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!UnsafeMarkup.IsUnsafeUrl(link.Url))
            {
                continue;
            }

            // A reference link's address is written in its definition ([navn]: adresse), so that is where it is fixed.
            var at = link.Reference is { } definition
                ? (definition.UrlSpan.IsEmpty ? definition.Span.Start : definition.UrlSpan.Start)
                : link.Span.Start;
            report?.Warning(at, link.IsImage ? UnsafeMarkup.ImageRemoved(link.Url!) : UnsafeMarkup.LinkRemoved(link.Url!));
            // Moved out last child first, because Markdig's InsertBefore leaves the sibling links half set.
            while (!link.IsImage && link.LastChild is { } child)
            {
                child.Remove();
                link.InsertAfter(child);
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (UnsafeMarkup.IsUnsafeUrl(autolink.Url))
            {
                report?.Warning(autolink.Span.Start, UnsafeMarkup.LinkRemoved(autolink.Url));
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    private static string Unwrap(string html) =>
        html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)
            && html.IndexOf("<p>", 1, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;

    /// <summary>Reports findings in one text at their place in its source file.</summary>
    private sealed class Reporter(MarkdownText source, DiagnosticBag diagnostics)
    {
        public void Warning(int offset, string message) => Warning(DiagnosticCodes.UnsafeMarkup, offset, message);

        public void Warning(string code, int offset, string message) =>
            diagnostics.Warning(source.Origin.Locate(source.Text, offset), code, message);

        public void Error(string code, string message) => diagnostics.Error(source.Origin.Start, code, message);
    }
}
