using DigitalStrategy.Content.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Points out what makes an editor's text hard to use with a screen reader or to skim: headings
/// out of order, headings with nothing under them, and images without alternative text. Each is
/// a warning at its place in the file; the text is published as written.
/// </summary>
internal static class MarkdownReview
{
    /// <param name="warn">Reports a warning by code, offset in the text and message.</param>
    /// <param name="mayHaveImages">False when the text has no '[', so no image to look for.</param>
    public static void Report(MarkdownDocument document, Action<string, int, string> warn, bool mayHaveImages)
    {
        ReportHeadings(document, warn);
        if (mayHaveImages)
        {
            ReportImages(document, warn);
        }
    }

    private static void ReportHeadings(MarkdownDocument document, Action<string, int, string> warn)
    {
        var blocks = document.ToList();

        // The page's title is the only heading of level 1, so a text's headings start at '##'.
        var previousLevel = 1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock heading)
            {
                continue;
            }

            var marks = new string('#', heading.Level);
            if (heading.Level == 1)
            {
                warn(DiagnosticCodes.HeadingOrder, heading.Span.Start,
                    "Overskriften har niveau 1 ('#'), men sidens titel er allerede overskriften på niveau 1. Brug '##' til afsnit i teksten og '###' til underafsnit.");
            }
            else if (heading.Level > previousLevel + 1)
            {
                var expected = new string('#', previousLevel + 1);
                warn(DiagnosticCodes.HeadingOrder, heading.Span.Start,
                    $"Overskriften springer et niveau over: '{marks}' efter '{new string('#', previousLevel)}'. En skærmlæser bruger niveauerne til at vise tekstens opbygning. Brug '{expected}'.");
            }

            previousLevel = heading.Level;
            var next = blocks.Skip(i + 1).FirstOrDefault(b => b is not LinkReferenceDefinitionGroup);
            if (next is null || next is HeadingBlock { Level: var level } && level <= heading.Level)
            {
                warn(DiagnosticCodes.EmptySection, heading.Span.Start,
                    $"Afsnittet '{TitleOf(heading)}' er tomt: der står intet under overskriften{(next is null ? "" : " før den næste overskrift")}. Skriv afsnittets tekst, eller slet overskriften.");
            }
        }
    }

    private static void ReportImages(MarkdownDocument document, Action<string, int, string> warn)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage))
        {
            var alt = string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            if (alt.Length == 0)
            {
                warn(DiagnosticCodes.ImageWithoutAlt, image.Span.Start,
                    $"Billedet '{image.Url}' har ingen alternativ tekst, så en skærmlæser kan ikke fortælle, hvad det viser. " +
                    $"Skriv en kort beskrivelse mellem [ og ], f.eks. ![Elever bygger en robot]({image.Url}). Er billedet kun pynt, så udelad det.");
            }
        }
    }

    private static string TitleOf(HeadingBlock heading) =>
        heading.Inline is { } inline ? string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim() : "";
}
