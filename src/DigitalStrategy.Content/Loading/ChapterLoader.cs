using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>
/// Reads a chapter: Markdown with front matter (id, title, summary, and appendix when the chapter
/// is one of the document's numbered appendices). Chapters are ordered by file name.
/// </summary>
internal static class ChapterLoader
{
    public static Chapter? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var document = FrontMatter.Split(file, diagnostics);
        if (document is null)
        {
            return null;
        }

        var fields = document.Fields;
        var id = fields.RequiredString("id", "kapitlets id (bruges i adressen)");
        var title = fields.RequiredString("title", "kapitlets overskrift");
        var summary = fields.OptionalString("summary");
        var appendix = fields.OptionalInt("appendix");
        var updated = UpdatedDates.Read(fields);
        fields.ReportUnknownFields();

        if (string.IsNullOrWhiteSpace(document.Body))
        {
            diagnostics.Warning(new SourceLocation(file.DisplayPath, document.BodyStartLine, 1), DiagnosticCodes.EmptyContent,
                "Kapitlet har ingen tekst efter felterne. Skriv teksten under linjen '---'.");
        }

        var body = RichTexts.Block(new MarkdownText(document.Body, TextOrigin.FromLine(file, document.BodyStartLine)), diagnostics)!;
        var idIsValid = id is not null && Ids.Check(id, fields.LocationOf("id"), diagnostics);
        if (id is null || title is null || !idIsValid)
        {
            return null;
        }

        return new Chapter(id, title, summary, appendix, body, fields.LocationOf("id")) { Updated = updated };
    }
}
