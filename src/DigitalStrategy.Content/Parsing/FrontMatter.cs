using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Parsing;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
public sealed record FrontMatterDocument(MappingReader Fields, string Body, int BodyStartLine);

public static class FrontMatter
{
    /// <summary>
    /// Splits "---\nyaml\n---\nbody". A file without front matter gets a diagnostic, because
    /// every page needs at least an id and a title.
    /// </summary>
    public static FrontMatterDocument? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var lines = file.Text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), DiagnosticCodes.MissingFrontMatter,
                "Filen mangler en indledning med felter (front matter). Begynd filen med en linje '---', " +
                "så 'id: ...' og 'title: ...', og afslut med en linje '---' før teksten.");
            return null;
        }

        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (end < 0)
        {
            diagnostics.Error(SourceLocation.StartOf(file.DisplayPath), DiagnosticCodes.MissingFrontMatter,
                "Indledningen med felter (front matter) bliver ikke afsluttet. Tilføj en linje med '---' efter felterne.");
            return null;
        }

        var yaml = string.Join('\n', lines[1..end]);
        var fields = YamlParser.ParseMapping(file, yaml, lineOffset: 1, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var body = string.Join('\n', lines[(end + 1)..]);
        return new FrontMatterDocument(fields, body, end + 2);
    }
}
