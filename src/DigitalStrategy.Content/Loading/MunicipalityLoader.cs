using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

internal static class MunicipalityLoader
{
    public static Municipality? Load(
        string folder,
        string displayRoot,
        IReadOnlyDictionary<string, SourceFile> byPath,
        IReadOnlyList<SourceFile> files,
        DiagnosticBag diagnostics)
    {
        // The strategies are read before municipality.yml is checked: when that file is missing or
        // broken, the editor still sees the mistakes in the strategies in the same run.
        var strategies = files
            .Select(f => f.RelativePath.Split('/'))
            .Where(parts => parts.Length >= 3 && parts[0] == folder)
            .Select(parts => parts[1])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(strategyFolder => StrategyLoader.Load(folder, strategyFolder, displayRoot, byPath, files, diagnostics))
            .OfType<Strategy>()
            .ToImmutableArray();

        var path = $"{folder}/{SourceLayout.MunicipalityFile}";
        if (!byPath.TryGetValue(path, out var file))
        {
            diagnostics.Error(SourceLocation.StartOf(SourceReader.CombineDisplay(displayRoot, path)), DiagnosticCodes.MissingFile,
                $"Mappen '{folder}' mangler filen {SourceLayout.MunicipalityFile} med kommunens navn, fx 'name: Lemvig Kommune'.");
            return null;
        }

        var idIsValid = Ids.CheckFolder(folder, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var name = fields.RequiredString("name", "kommunens navn");
        var description = RichTexts.Block(fields.OptionalMarkdown("description"), diagnostics);
        var updated = UpdatedDates.Read(fields);
        var institutions = fields.MappingList("institutions").Select(ReadInstitution).OfType<Institution>().ToImmutableArray();
        fields.ReportUnknownFields();

        if (name is null || !idIsValid)
        {
            return null;
        }

        return new Municipality(folder, name, description, institutions, strategies, fields.Location) { Updated = updated };
    }

    private static Institution? ReadInstitution(MappingReader fields)
    {
        var id = fields.RequiredString("id", "institutionens id");
        var name = fields.RequiredString("name", "institutionens navn");
        var description = RichTexts.Block(fields.OptionalMarkdown("description"), fields.Diagnostics);
        fields.ReportUnknownFields();
        return id is not null && name is not null && Ids.Check(id, fields.LocationOf("id"), fields.Diagnostics)
            ? new Institution(id, name, description, fields.LocationOf("id"))
            : null;
    }
}
