using System.Globalization;
using System.Text;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Preview;

/// <summary>
/// What the preview adds to the pages it serves: the reload script, and the errors of the
/// sources above the last good page. None of it is ever written to the published site.
/// </summary>
public static class PreviewMarkup
{
    public const string Prefix = "/__preview/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylesheetPath = Prefix + "preview.css";
    public const string FindingsPath = Prefix + "fejl/";

    /// <summary>The published editor's guide, whose section for each code is its lower-case id ("#ds0009").</summary>
    public const string GuideUrl = "/redaktion/vejledning/";

    private const string Head = $"<link rel=\"stylesheet\" href=\"{StylesheetPath}\"><script src=\"{ScriptPath}\" defer></script>";

    /// <summary>Adds the reload script to a page and, when the sources have errors, the panel that lists them.</summary>
    public static string Decorate(string html, PreviewState state)
    {
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        html = head < 0 ? Head + html : html.Insert(head, Head);
        if (!state.HasErrors)
        {
            return html;
        }

        var body = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var bodyEnd = body < 0 ? -1 : html.IndexOf('>', body);
        return bodyEnd < 0 ? ErrorPanel(state) + html : html.Insert(bodyEnd + 1, ErrorPanel(state));
    }

    /// <summary>The whole page shown while no build has succeeded yet, or at <see cref="FindingsPath"/>.</summary>
    public static string FindingsPage(PreviewState state)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>Fejl og advarsler – forhåndsvisning</title>").Append(Head).Append("</head><body><main><h1>Fejl og advarsler</h1>");
        html.Append(state.HasErrors
            ? ErrorPanel(state)
            : "<p>Ingen fejl: kilderne kan bygges. <a href=\"/\">Gå til forsiden</a>.</p>");

        var warnings = state.Diagnostics.Where(d => !d.IsError).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h2>Advarsler ({warnings.Count})</h2>");
        if (warnings.Count == 0)
        {
            html.Append("<p>Ingen advarsler.</p>");
        }
        else
        {
            html.Append("<p>Advarsler forhindrer ikke, at sitet bygges, men de peger på noget, en læser vil savne.</p><ol>");
            foreach (var warning in warnings)
            {
                html.Append("<li>").Append(Finding(warning)).Append("</li>");
            }

            html.Append("</ol>");
        }

        return html.Append("</main></body></html>").ToString();
    }

    private static string ErrorPanel(PreviewState state)
    {
        var errors = state.Errors;
        var html = new StringBuilder();
        html.Append("<section class=\"preview-errors\" role=\"alert\" aria-labelledby=\"preview-errors-title\">");
        html.Append(CultureInfo.InvariantCulture, $"<h2 id=\"preview-errors-title\">Sitet kan ikke bygges: {errors.Count} fejl i kilderne</h2>");
        html.Append(state.Site is null
            ? "<p>Ret fejlen, og gem filen. Så bygges sitet igen, og siden opdateres af sig selv.</p>"
            : "<p>Du ser den seneste udgave af siden, der kunne bygges. Ret fejlen, og gem filen. Så opdateres siden af sig selv.</p>");
        html.Append("<ol>");
        foreach (var error in errors)
        {
            html.Append("<li>").Append(Finding(error)).Append("</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ol><p><a href=\"{FindingsPath}\">Se alle fejl og advarsler</a></p></section>");
        return html.ToString();
    }

    private static string Finding(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        var kind = diagnostic.IsError ? "Fejl" : "Advarsel";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture,
            $"<p><strong>{kind} {diagnostic.Code}</strong> i <code>{Encode(location.Path)}</code>, linje {location.Line}, kolonne {location.Column}:<br>{Encode(diagnostic.Message)}</p>");
        html.Append(Excerpt(location));
        html.Append(CultureInfo.InvariantCulture,
            $"<p><a href=\"{GuideUrl}#{diagnostic.Code.ToLowerInvariant()}\">Hvad betyder {diagnostic.Code}, og hvordan retter jeg det?</a></p>");
        return html.ToString();
    }

    /// <summary>The line the finding points at with one line on each side, as the editor sees them.</summary>
    private static string Excerpt(SourceLocation location)
    {
        string[] lines;
        try
        {
            if (!File.Exists(location.Path))
            {
                return "";
            }

            lines = File.ReadAllLines(location.Path);
        }
        catch (IOException)
        {
            return "";
        }

        if (location.Line < 1 || location.Line > lines.Length)
        {
            return "";
        }

        var html = new StringBuilder("<pre>");
        for (var number = Math.Max(1, location.Line - 1); number <= Math.Min(lines.Length, location.Line + 1); number++)
        {
            var text = Encode($"{number,4}  {lines[number - 1]}");
            html.Append(number == location.Line ? $"<mark>{text}</mark>" : text).Append('\n');
        }

        return html.Append("</pre>").ToString();
    }

    // WebUtility.HtmlEncode turns æ, ø and å into numeric references; only markup characters need escaping.
    private static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    public static byte[] Asset(string name)
    {
        using var stream = typeof(PreviewMarkup).Assembly.GetManifestResourceStream("preview/" + name)
            ?? throw new InvalidOperationException($"The preview asset {name} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
