using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads the `accessibility` section of site.yml: the facts of the tilgængelighedserklæring.</summary>
internal static partial class AccessibilityStatementLoader
{
    public static AccessibilityStatement? Load(MappingReader site)
    {
        var fields = site.OptionalMapping("accessibility");
        if (fields is null)
        {
            site.Error(site.Location, DiagnosticCodes.MissingField,
                "site.yml mangler afsnittet 'accessibility' med oplysningerne til tilgængelighedserklæringen " +
                "(organisation, email, phone, status, evaluation og reviewed). Loven kræver en erklæring på alle offentlige websteder.");
            return null;
        }

        var organisation = fields.RequiredString("organisation", "den organisation, der står bag sitet");
        var email = Checked(fields, "email", "den e-mailadresse, man kan skrive til om tilgængelighed", EmailPattern(),
            "er ikke en e-mailadresse. Skriv fx 'email: tilgaengelighed@kommune.dk'.");
        var phone = Checked(fields, "phone", "det telefonnummer, man kan ringe til om tilgængelighed", PhonePattern(),
            "er ikke et telefonnummer. Skriv fx 'phone: +45 12 34 56 78'.");
        var status = ReadStatus(fields);
        var evaluation = RichTexts.Block(fields.RequiredMarkdown("evaluation", "hvordan sitet er vurderet"), site.Diagnostics);
        var reviewed = ReadDate(fields, "reviewed");
        var issues = fields.MappingList("known_issues").Select(ReadIssue).OfType<KnownIssue>().ToImmutableArray();
        fields.ReportUnknownFields();

        return organisation is null || email is null || phone is null || status is null || evaluation is null || reviewed is null
            ? null
            : new AccessibilityStatement(organisation, email, phone, status.Value, issues, evaluation, reviewed.Value, fields.LocationOf("reviewed"));
    }

    private static KnownIssue? ReadIssue(MappingReader fields)
    {
        var title = fields.RequiredString("title", "en kort beskrivelse af det, der ikke er tilgængeligt");
        var description = RichTexts.Block(fields.RequiredMarkdown("description", "hvad problemet er, og hvad man kan gøre i stedet"), fields.Diagnostics);
        var criterion = fields.OptionalString("criterion");
        if (criterion is not null && !CriterionPattern().IsMatch(criterion))
        {
            fields.Error(fields.LocationOf("criterion"), DiagnosticCodes.InvalidValue,
                $"'{criterion}' er ikke et WCAG-succeskriterium. Skriv nummeret, fx 'criterion: 1.4.10'.");
            criterion = null;
        }

        fields.ReportUnknownFields();
        return title is null || description is null ? null : new KnownIssue(title, description, criterion);
    }

    private static string? Checked(MappingReader fields, string key, string meaning, Regex pattern, string problem)
    {
        var value = fields.RequiredString(key, meaning);
        if (value is null || pattern.IsMatch(value))
        {
            return value;
        }

        fields.Error(fields.LocationOf(key), DiagnosticCodes.InvalidValue, $"'{value}' {problem}");
        return null;
    }

    private static ComplianceStatus? ReadStatus(MappingReader fields)
    {
        var text = fields.RequiredString("status", "hvor godt sitet overholder loven: fuldt, delvist eller ikke");
        switch (text)
        {
            case null:
                return null;
            case "fuldt":
                return ComplianceStatus.Full;
            case "delvist":
                return ComplianceStatus.Partial;
            case "ikke":
                return ComplianceStatus.None;
            default:
                fields.Error(fields.LocationOf("status"), DiagnosticCodes.InvalidValue,
                    $"Status '{text}' kendes ikke. Skriv 'fuldt', 'delvist' eller 'ikke'.");
                return null;
        }
    }

    private static DateOnly? ReadDate(MappingReader fields, string key)
    {
        var text = fields.RequiredString(key, "datoen for den seneste gennemgang af erklæringen");
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Error(fields.LocationOf(key), DiagnosticCodes.InvalidValue,
            $"'{text}' er ikke en dato. Skriv år-måned-dag, fx '{key}: 2026-11-21'.");
        return null;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 ]{6,}[0-9]$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[1-4]\.[0-9]{1,2}\.[0-9]{1,2}$")]
    private static partial Regex CriterionPattern();
}
