using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Parsing;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Loading;

/// <summary>What strategy.yml says, kept apart from the strategy's other files it is put together with.</summary>
/// <param name="Title">Null when missing: the strategy is then left out, after its other files are read and checked.</param>
/// <param name="FolderIsValid">Whether the strategy's folder name can be its id.</param>
internal sealed record StrategyFile(
    string? Title,
    string? ShortTitle,
    RichText? Summary,
    string? Owner,
    StrategyScope Scope,
    Located<string>? Institution,
    Timeframe? Period,
    StrategyStatus? Status,
    Adoption? Adoption,
    string? ReviewCadence,
    RichText? Evaluation,
    Vocabulary Vocabulary,
    ImmutableArray<ActionCategory> Categories,
    SourceLocation Source,
    DateOnly? Updated,
    bool FolderIsValid);

internal static class StrategyLoader
{
    public static Strategy? Load(string municipalityId, StrategyFolder folder, string displayRoot, ContentCache cache, DiagnosticBag diagnostics)
    {
        if (folder.File is not { } file)
        {
            var path = $"{municipalityId}/{folder.Name}/{SourceLayout.StrategyFile}";
            diagnostics.Error(SourceLocation.StartOf(SourceReader.CombineDisplay(displayRoot, path)), DiagnosticCodes.MissingFile,
                $"Mappen '{municipalityId}/{folder.Name}' mangler filen {SourceLayout.StrategyFile} med strategiens titel, fx 'title: Digitaliseringsplan'.");
            return null;
        }

        var read = cache.Strategies.Read(file, diagnostics);
        var chapters = folder.Chapters.Select(f => cache.Chapters.Read(f, diagnostics)).OfType<Chapter>().ToImmutableArray();
        var focusAreas = folder.FocusAreas.Select(f => cache.FocusAreas.Read(f, diagnostics)).OfType<FocusArea>().ToImmutableArray();
        var appendices = folder.Appendices.Select(f => cache.Appendices.Read(f, diagnostics)).OfType<AnnualAppendix>()
            .OrderBy(a => a.SchoolYear).ToImmutableArray();

        // A strategy.yml that is not YAML at all is reported alone; its glossary is read once it is.
        if (read is null)
        {
            return null;
        }

        var glossary = folder.Glossary is { } glossaryFile ? cache.Glossaries.Read(glossaryFile, diagnostics) : [];
        if (read.Title is not { } title || !read.FolderIsValid)
        {
            return null;
        }

        return new Strategy(
            folder.Name, municipalityId, title, read.ShortTitle,
            read.Summary,
            read.Owner, read.Scope, read.Institution, read.Period, read.Status, read.Adoption, read.ReviewCadence, read.Evaluation, read.Vocabulary, read.Categories,
            chapters, focusAreas, appendices, glossary, read.Source) { Updated = read.Updated };
    }

    /// <summary>Reads <c>&lt;municipality&gt;/&lt;strategy&gt;/strategy.yml</c>; null when it is not a YAML mapping.</summary>
    public static StrategyFile? ReadFile(SourceFile file, DiagnosticBag diagnostics)
    {
        var folder = file.RelativePath.Split('/')[1];
        var folderIsValid = Ids.CheckFolder(folder, SourceLocation.StartOf(file.DisplayPath), diagnostics);
        var fields = YamlParser.ParseMapping(file, file.Text, 0, diagnostics);
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
        var vocabulary = ReadVocabulary(fields.OptionalMapping("vocabulary"));
        var categories = ReadCategories(fields);
        fields.ReportUnknownFields();

        return new StrategyFile(
            title, shortTitle, summary, owner, scope, institution, period, status, adoption, review, evaluation, vocabulary, categories,
            fields.Location, updated, folderIsValid);
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
