using System.Collections.Immutable;
using DigitalStrategy.Build.Output;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.OpenData;

/// <summary>
/// Every open-data file of a site and the page that lists them: for each strategy its JSON and its
/// two CSV files, then the index of them all and the JSON Schema. The files are made first, so the
/// page can give their real sizes.
/// </summary>
/// <param name="Files">Each file as output path and bytes, in a stable order.</param>
public sealed record OpenDataSet(IReadOnlyList<(string OutputPath, byte[] Content)> Files, OpenDataPage Page)
{
    public const string JsonType = "application/json";
    public const string CsvType = "text/csv";

    public static OpenDataSet Make(Site site)
    {
        var builder = new StrategyDataBuilder(site);
        var files = new List<(string OutputPath, byte[] Content)>();
        var listed = ImmutableArray.CreateBuilder<StrategyDataFiles>();
        var indexed = ImmutableArray.CreateBuilder<DataIndexStrategy>();

        // Each strategy's files depend on nothing but the site, so they are made on all cores and
        // then listed in the site's order.
        var strategies = site.Municipalities.SelectMany(m => m.Strategies.Select(s => (Municipality: m, Strategy: s))).ToList();
        var made = new MadeFiles[strategies.Count];
        Parallel.For(0, strategies.Count, i =>
        {
            var data = builder.Build(strategies[i].Municipality, strategies[i].Strategy);
            made[i] = new MadeFiles(OpenDataJson.Serialize(data), CsvTables.Goals(data), CsvTables.Actions(data), data.Goals.Length, data.Actions.Length);
        });

        for (var i = 0; i < strategies.Count; i++)
        {
            var (municipality, strategy) = strategies[i];
            var json = Add(files, SiteRoutes.StrategyJson(strategy), made[i].Json);
            var goals = Add(files, SiteRoutes.StrategyGoalsCsv(strategy), made[i].Goals);
            var actions = Add(files, SiteRoutes.StrategyActionsCsv(strategy), made[i].Actions);

            listed.Add(new StrategyDataFiles(
                municipality,
                strategy,
                Listed(goals, "CSV", CsvType, made[i].GoalCount),
                Listed(actions, "CSV", CsvType, made[i].ActionCount),
                Listed(json, "JSON", JsonType, null)));
            indexed.Add(new DataIndexStrategy(
                municipality.Id,
                municipality.Name,
                strategy.Id,
                strategy.Title,
                builder.Address(SiteRoutes.Strategy(strategy)),
                [
                    Indexed(builder, json, "strategy", "json", JsonType, null),
                    Indexed(builder, goals, "goals", "csv", CsvType, made[i].GoalCount),
                    Indexed(builder, actions, "actions", "csv", CsvType, made[i].ActionCount),
                ]));
        }

        var schema = Add(files, SiteRoutes.OpenDataSchema, OpenDataJson.Schema());
        var index = Add(files, SiteRoutes.OpenDataIndex, OpenDataJson.Serialize(new DataIndex(
            StrategyDataBuilder.SchemaVersion,
            builder.Address(SiteRoutes.OpenData),
            builder.Address(SiteRoutes.OpenDataSchema),
            indexed.ToImmutable())));

        var page = new OpenDataPage(
            site,
            listed.ToImmutable(),
            Listed(index, "JSON", JsonType, null),
            Listed(schema, "JSON", JsonType, null),
            [.. CsvTables.GoalColumns.Select(c => new DataField(c.Name, c.Description))],
            [.. CsvTables.ActionColumns.Select(c => new DataField(c.Name, c.Description))]);
        return new OpenDataSet(files, page);
    }

    /// <summary>The bytes of a strategy's three files and the rows of its two tables.</summary>
    private sealed record MadeFiles(byte[] Json, byte[] Goals, byte[] Actions, int GoalCount, int ActionCount);

    private static (string Url, long Bytes) Add(List<(string OutputPath, byte[] Content)> files, string url, byte[] content)
    {
        files.Add((SiteRoutes.OutputPath(url), content));
        return (url, content.LongLength);
    }

    private static DataFile Listed((string Url, long Bytes) file, string format, string mediaType, int? rows) =>
        new(file.Url, format, mediaType, FileSizes.Format(file.Bytes), rows);

    private static DataIndexFile Indexed(StrategyDataBuilder builder, (string Url, long Bytes) file, string content, string format, string mediaType, int? rows) =>
        new(content, format, mediaType, builder.Address(file.Url), file.Bytes, rows);
}
