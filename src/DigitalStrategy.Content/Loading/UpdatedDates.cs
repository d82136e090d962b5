using System.Globalization;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>
/// Reads the optional 'updated' field: the date the editor says the file's content last changed,
/// shown as "Sidst opdateret" instead of the date of the file's last commit.
/// </summary>
internal static class UpdatedDates
{
    public static DateOnly? Read(MappingReader fields)
    {
        var text = fields.OptionalString("updated");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Error(fields.LocationOf("updated"), DiagnosticCodes.InvalidValue,
            $"'{text}' er ikke en dato. Skriv år-måned-dag, fx 'updated: 2024-05-03'.");
        return null;
    }
}
