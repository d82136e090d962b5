using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads site.yml's edit_url: a whole http(s) address with {path} where the file's path goes.</summary>
internal static class EditUrls
{
    private const string Example = "edit_url: https://github.com/kommune/strategier/edit/main/input/{path}";

    public static EditUrlTemplate? Read(MappingReader fields)
    {
        var text = fields.OptionalString("edit_url");
        if (text is null)
        {
            return null;
        }

        if (!text.Contains(EditUrlTemplate.PathPlaceholder, StringComparison.Ordinal))
        {
            fields.Error(fields.LocationOf("edit_url"), DiagnosticCodes.InvalidValue,
                $"Adressen i 'edit_url' skal indeholde {EditUrlTemplate.PathPlaceholder}, der hvor filens sti skal stå. Skriv fx '{Example}'.");
            return null;
        }

        var template = new EditUrlTemplate(text);
        if (!(Uri.TryCreate(template.For("lemvig/municipality.yml"), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            fields.Error(fields.LocationOf("edit_url"), DiagnosticCodes.InvalidValue,
                $"'{text}' er ikke en hel adresse. Skriv fx '{Example}'.");
            return null;
        }

        return template;
    }
}
