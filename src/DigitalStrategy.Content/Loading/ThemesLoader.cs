using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>Reads input/themes.yml: the themes shared by all municipalities.</summary>
internal static class ThemesLoader
{
    public static ImmutableArray<Theme> Load(SourceFile file, DiagnosticBag diagnostics)
    {
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
        if (fields is null)
        {
            return [];
        }

        var themes = ImmutableArray.CreateBuilder<Theme>();
        foreach (var item in fields.MappingList("themes"))
        {
            var id = item.RequiredString("id", "temaets id (bruges i adressen)");
            var title = item.RequiredString("title", "temaets navn");
            var description = item.OptionalString("description");
            item.ReportUnknownFields();
            if (id is null || title is null || !Ids.Check(id, item.LocationOf("id"), diagnostics))
            {
                continue;
            }

            if (themes.FirstOrDefault(t => t.Id == id) is { } first)
            {
                diagnostics.Error(item.LocationOf("id"), DiagnosticCodes.DuplicateId,
                    $"Temaet '{id}' findes allerede i linje {first.Source.Line}. Giv det et andet id, eller slet det ene.");
                continue;
            }

            themes.Add(new Theme(id, title, description, item.LocationOf("id")));
        }

        fields.ReportUnknownFields();
        return themes.ToImmutable();
    }
}
