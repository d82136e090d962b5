using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

internal static class StrategyLoader
{
    public static Strategy? Load(
        string municipalityId,
        string folder,
        string displayRoot,
        IReadOnlyDictionary<string, SourceFile> byPath,
        IReadOnlyList<SourceFile> files,
        DiagnosticBag diagnostics)
    {
        var prefix = $"{municipalityId}/{folder}/";
        var path = prefix + SourceLayout.StrategyFile;
        if (!byPath.TryGetValue(path, out var file))
        {
            diagnostics.Error(SourceLocation.StartOf(SourceReader.CombineDisplay(displayRoot, path)), DiagnosticCodes.MissingFile,
                $"Mappen '{municipalityId}/{folder}' mangler filen {SourceLayout.StrategyFile} med strategiens titel, fx 'title: Digitaliseringsplan'.");
            return null;
        }

        var idIsValid = Ids.CheckFolder(folder, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);

        IEnumerable<SourceFile> In(string subfolder) => files
            .Where(f => f.RelativePath.StartsWith($"{prefix}{subfolder}/", StringComparison.Ordinal)
                && f.RelativePath.Count(c => c == '/') == 3);

        var chapters = In(SourceLayout.ChaptersFolder)
            .Where(f => SourceLayout.IsMarkdown(f.RelativePath))
            .Select(f => ChapterLoader.Load(f, diagnostics)).OfType<Chapter>().ToImmutableArray();
        var focusAreas = In(SourceLayout.FocusAreasFolder)
            .Where(f => SourceLayout.IsYaml(f.RelativePath))
            .Select(f => FocusAreaLoader.Load(f, diagnostics)).OfType<FocusArea>().ToImmutableArray();
        var appendices = In(SourceLayout.AppendicesFolder)
            .Where(f => SourceLayout.IsYaml(f.RelativePath))
            .Select(f => AppendixLoader.Load(f, diagnostics)).OfType<AnnualAppendix>()
            .OrderBy(a => a.SchoolYear).ToImmutableArray();

        if (fields is null)
        {
            return null;
        }

        var title = fields.RequiredString("title", "strategiens titel");
        var shortTitle = fields.OptionalString("short_title");
        var summary = RichTexts.Block(fields.OptionalMarkdown("summary"), diagnostics);
        var owner = fields.OptionalString("owner");
        var scope = ReadScope(fields.OptionalMapping("scope"));
        var institution = fields.OptionalString("institution") is { } institutionId
            ? new Located<string>(institutionId, fields.LocationOf("institution"))
            : null;
        var period = Timeframes.Read(fields, "period");
        var status = ReadStatus(fields);
        var adoption = ReadAdoption(fields.OptionalMapping("adoption"));
        var review = fields.OptionalString("review");
        var updated = UpdatedDates.Read(fields);
        var evaluation = RichTexts.Block(fields.OptionalMarkdown("evaluation"), diagnostics);
        var glossary = byPath.TryGetValue(prefix + SourceLayout.GlossaryFile, out var glossaryFile)
            ? GlossaryLoader.Load(glossaryFile, diagnostics)
            : [];
        var vocabulary = ReadVocabulary(fields.OptionalMapping("vocabulary"));
        var categories = ReadCategories(fields);
        fields.ReportUnknownFields();

        if (title is null || !idIsValid)
        {
            return null;
        }

        return new Strategy(
            folder, municipalityId, title, shortTitle,
            summary,
            owner, scope, institution, period, status, adoption, review, evaluation, vocabulary, categories,
            chapters, focusAreas, appendices, glossary, fields.Location) { Updated = updated };
    }

    private static StrategyScope ReadScope(MappingReader? fields)
    {
        if (fields is null)
        {
            return new StrategyScope(null, [], []);
        }

        var scope = new StrategyScope(
            fields.OptionalString("age_range"),
            [.. fields.StringList("areas").Select(a => a.Value)],
            [.. fields.StringList("institutions")]);
        fields.ReportUnknownFields();
        return scope;
    }

    private static StrategyStatus? ReadStatus(MappingReader fields)
    {
        var text = fields.OptionalString("status");
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "gældende":
                return StrategyStatus.Current;
            case "tidligere":
                return StrategyStatus.Previous;
            default:
                fields.Error(fields.LocationOf("status"), DiagnosticCodes.InvalidValue,
                    $"Status '{text}' kendes ikke. Skriv 'gældende' eller 'tidligere'.");
                return null;
        }
    }

    private static Adoption? ReadAdoption(MappingReader? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var adoption = new Adoption(fields.OptionalString("by"), fields.OptionalString("date"));
        fields.ReportUnknownFields();
        return adoption;
    }

    private static Vocabulary ReadVocabulary(MappingReader? fields)
    {
        if (fields is null)
        {
            return Vocabulary.Default;
        }

        var d = Vocabulary.Default;
        var vocabulary = new Vocabulary(
            fields.OptionalString("focus_area") ?? d.FocusArea,
            fields.OptionalString("focus_areas") ?? d.FocusAreas,
            fields.OptionalString("goal") ?? d.Goal,
            fields.OptionalString("goals") ?? d.Goals,
            fields.OptionalString("action") ?? d.Action,
            fields.OptionalString("actions") ?? d.Actions);
        fields.ReportUnknownFields();
        return vocabulary;
    }

    private static ImmutableArray<ActionCategory> ReadCategories(MappingReader fields)
    {
        var categories = ImmutableArray.CreateBuilder<ActionCategory>();
        foreach (var item in fields.MappingList("categories"))
        {
            var id = item.RequiredString("id", "kategoriens id");
            var title = item.RequiredString("title", "kategoriens navn");
            item.ReportUnknownFields();
            if (id is not null && title is not null && Ids.Check(id, item.LocationOf("id"), fields.Diagnostics))
            {
                categories.Add(new ActionCategory(id, title, item.LocationOf("id")));
            }
        }

        return categories.ToImmutable();
    }
}
