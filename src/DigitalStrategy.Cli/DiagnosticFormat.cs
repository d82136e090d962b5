using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Cli;

/// <summary>How 'check' reports: plain lines for people, JSON for tools, workflow commands for GitHub Actions annotations.</summary>
internal enum DiagnosticFormat
{
    Text,
    Json,
    GitHub,
}

internal static class DiagnosticWriter
{
    /// <summary>
    /// One JSON document: the counts and every diagnostic with its file, line, column, severity,
    /// code and message. Danish letters are written as they are, not escaped.
    /// </summary>
    public static string Json(BuildResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteBoolean("succeeded", result.Succeeded);
            json.WriteNumber("errors", result.ErrorCount);
            json.WriteNumber("warnings", result.WarningCount);
            json.WriteNumber("pages", result.PageCount);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", diagnostic.Location.Path);
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteString("help", $"docs/redaktoervejledning.md#{diagnostic.Code.ToLowerInvariant()}");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A GitHub Actions workflow command per diagnostic, which the run shows as an annotation on the file and line.</summary>
    public static string GitHub(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var kind = diagnostic.IsError ? "error" : "warning";
        return $"::{kind} file={Property(location.Path)},line={location.Line},col={location.Column},title={Property(diagnostic.Code)}::{Data(diagnostic.Message)}";
    }

    // The escaping GitHub's toolkit uses for workflow command data and properties.
    private static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) => Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
