using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>What a valid municipality.yml says, kept apart from the strategies it is put together with.</summary>
internal sealed record MunicipalityFile(string Name, RichText? Description, ImmutableArray<Institution> Institutions, SourceLocation Source, DateOnly? Updated);

internal static class MunicipalityLoader
{
    public static Municipality? Load(MunicipalityFolder folder, string displayRoot, ContentCache cache, DiagnosticBag diagnostics)
    {
        // The strategies are read before municipality.yml is checked: when that file is missing or
        // broken, the editor still sees the mistakes in the strategies in the same run.
        var strategies = folder.Strategies
            .Select(strategy => StrategyLoader.Load(folder.Name, strategy, displayRoot, cache, diagnostics))
            .OfType<Strategy>()
            .ToImmutableArray();

        if (folder.File is not { } file)
        {
            var path = $"{folder.Name}/{SourceLayout.MunicipalityFile}";
            diagnostics.Error(SourceLocation.StartOf(SourceReader.CombineDisplay(displayRoot, path)), DiagnosticCodes.MissingFile,
                $"Mappen '{folder.Name}' mangler filen {SourceLayout.MunicipalityFile} med kommunens navn, fx 'name: Lemvig Kommune'.");
            return null;
        }

        return cache.Municipalities.Read(file, diagnostics) is { } read
            ? new Municipality(folder.Name, read.Name, read.Description, read.Institutions, strategies, read.Source) { Updated = read.Updated }
            : null;
    }

    /// <summary>Reads <c>&lt;municipality&gt;/municipality.yml</c>; null when the file or the folder's name is not usable.</summary>
    public static MunicipalityFile? ReadFile(SourceFile file, DiagnosticBag diagnostics)
    {
        var folder = file.RelativePath[..file.RelativePath.IndexOf('/', StringComparison.Ordinal)];
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

        return name is null || !idIsValid ? null : new MunicipalityFile(name, description, institutions, fields.Location, updated);
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
