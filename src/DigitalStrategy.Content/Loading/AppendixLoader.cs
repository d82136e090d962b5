using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads the annual appendix of one school year: its actions, each in a category of the strategy.</summary>
internal static class AppendixLoader
{
    public static AnnualAppendix? Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var yearText = fields.RequiredString("school_year", "skoleåret");
        var number = fields.OptionalInt("number");
        var title = fields.RequiredString("title", "bilagets titel");
        var note = RichTexts.Block(fields.OptionalMarkdown("note"), diagnostics);
        var updated = UpdatedDates.Read(fields);

        SchoolYear? schoolYear = null;
        if (yearText is not null)
        {
            if (SchoolYear.TryParse(yearText, out var parsed))
            {
                schoolYear = parsed;
            }
            else
            {
                diagnostics.Error(fields.LocationOf("school_year"), DiagnosticCodes.InvalidSchoolYear,
                    $"'{yearText}' er ikke et skoleår. Skriv det som to år efter hinanden, fx 'school_year: 2021/22' " +
                    "(skoleåret går fra 1. august 2021 til 31. juli 2022).");
            }
        }

        var inAppendix = schoolYear ?? default;
        var actions = ValidItems.Of(fields.MappingList("actions"), a => ActionReader.Read(a, ReadCategory));
        fields.ReportUnknownFields();

        if (actions.IsEmpty)
        {
            fields.Warning(fields.Location, DiagnosticCodes.EmptyContent, "Bilaget har ingen handlinger ('actions').");
        }

        if (schoolYear is null || title is null)
        {
            return null;
        }

        return new AnnualAppendix(schoolYear.Value, number, title, note, actions, fields.Location) { Updated = updated };

        ActionPlace? ReadCategory(MappingReader action)
        {
            var category = action.RequiredString("category", "id'et på den kategori, handlingen hører til");
            return category is null ? null : new ActionPlace.InAppendix(inAppendix, category, action.LocationOf("category"));
        }
    }
}
