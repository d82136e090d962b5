using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

internal static class SiteSettingsLoader
{
    public static SiteSettings? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var title = fields.RequiredString("title", "sitets navn");
        var description = fields.OptionalString("description");
        var baseUrl = fields.OptionalString("base_url");
        var publisher = fields.OptionalString("publisher");
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            fields.Error(fields.LocationOf("base_url"), DiagnosticCodes.InvalidValue,
                $"'{baseUrl}' er ikke en hel adresse. Skriv fx 'base_url: https://strategier.example.dk/'.");
            baseUrl = null;
        }

        var editUrl = EditUrls.Read(fields);
        var accessibility = AccessibilityStatementLoader.Load(fields);
        fields.ReportUnknownFields();
        return title is null || accessibility is null
            ? null
            : new SiteSettings(title, description, baseUrl, publisher, accessibility, fields.Location) { EditUrl = editUrl };
    }
}
