using System.Collections.Immutable;

namespace DigitalStrategy.Build.OpenData;

/// <summary>/data/index.json: every open-data file of the site, for programs that fetch them all.</summary>
/// <param name="Page">The page that lists the files for people (/data/).</param>
/// <param name="Schema">The JSON Schema of the strategies' JSON files.</param>
public sealed record DataIndex(int SchemaVersion, string Page, string Schema, ImmutableArray<DataIndexStrategy> Strategies);

public sealed record DataIndexStrategy(
    string MunicipalityId,
    string MunicipalityName,
    string StrategyId,
    string StrategyTitle,
    string Url,
    ImmutableArray<DataIndexFile> Files);

/// <param name="Content">"strategy" (the JSON file), "goals" or "actions" (the CSV files).</param>
/// <param name="Format">"json" or "csv".</param>
/// <param name="Bytes">The file's size in bytes.</param>
/// <param name="Rows">The number of data rows of a CSV file (the header not counted); null for JSON.</param>
public sealed record DataIndexFile(string Content, string Format, string MediaType, string Url, long Bytes, int? Rows);
