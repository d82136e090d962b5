using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace DigitalStrategy.Build.OpenData;

// The shape of /data/<municipality>/<strategy>.json. Properties are serialized in the order they
// are declared here, with snake_case names, and every property is always written (null when the
// source has no value), so a reader never has to guess whether a key is missing or empty.
// schemas/data/strategy-data.schema.json describes the same shape; a test keeps the two in step.

/// <summary>One strategy's goals and actions as open data.</summary>
public sealed record StrategyData(
    [property: JsonPropertyName("$schema")] string Schema,
    int SchemaVersion,
    MunicipalityData Municipality,
    StrategyInfo Strategy,
    ImmutableArray<FocusAreaData> FocusAreas,
    ImmutableArray<CategoryData> Categories,
    ImmutableArray<AppendixData> Appendices,
    ImmutableArray<ThemeData> Themes,
    ImmutableArray<GoalData> Goals,
    ImmutableArray<ActionData> Actions);

public sealed record MunicipalityData(string Id, string Name, string Url);

/// <param name="Status">As the editor wrote it ("gældende", "tidligere"), never derived from the build date, so the file does not change with the clock.</param>
public sealed record StrategyInfo(
    string Id,
    string Title,
    string? ShortTitle,
    string? Summary,
    string? Owner,
    string? Status,
    TimeframeData? Period,
    AdoptionData? Adoption,
    string? ReviewCadence,
    ScopeData Scope,
    InstitutionData? Institution,
    VocabularyData Vocabulary,
    string Url);

public sealed record AdoptionData(string? By, string? Date);

public sealed record ScopeData(string? AgeRange, ImmutableArray<string> Areas, ImmutableArray<string> InstitutionIds);

public sealed record InstitutionData(string Id, string Name, string Url);

public sealed record VocabularyData(string FocusArea, string FocusAreas, string Goal, string Goals, string Action, string Actions);

/// <summary>A timeframe as written, with what the build understood of it; dates are inclusive ISO 8601 days.</summary>
/// <param name="Kind">"period", "ongoing", "started" or "unparsed".</param>
public sealed record TimeframeData(string Text, string Kind, string? Start, string? End);

public sealed record FocusAreaData(
    string Id,
    string Title,
    ImmutableArray<string> TargetGroups,
    ImmutableArray<string> GoalIds,
    ImmutableArray<string> ActionIds,
    string Url);

public sealed record CategoryData(string Id, string Title);

/// <param name="SchoolYear">"2021/22".</param>
public sealed record AppendixData(string SchoolYear, int? Number, string Title, ImmutableArray<string> ActionIds, string Url);

public sealed record ThemeData(string Id, string Title, string Url);

public sealed record GoalData(
    string Id,
    string? Number,
    string Title,
    string FocusAreaId,
    string? Explanation,
    ImmutableArray<LabelledTextData> Sections,
    ImmutableArray<string> TargetGroups,
    ImmutableArray<TargetData> Targets,
    ImmutableArray<string> ThemeIds,
    ImmutableArray<GoalReferenceData> Implements,
    ImmutableArray<string> ActionIds,
    string Url);

public sealed record LabelledTextData(string Title, string Text);

public sealed record TargetData(string? Who, string What, TimeframeData? Deadline, ImmutableArray<MilestoneData> Milestones);

public sealed record MilestoneData(TimeframeData When, decimal? Percent, string? Text);

public sealed record GoalReferenceData(string StrategyId, string GoalId, string Url);

/// <param name="FocusAreaId">Set when the action is written under a focus area.</param>
/// <param name="AppendixSchoolYear">Set when the action is written in the annual appendix of a school year ("2021/22").</param>
/// <param name="SchoolYears">The school years the site places the action in: its appendix's, or those its timeframe reaches.</param>
/// <param name="NewOrContinuing">For appendix actions after the first appendix: "new", or "continuing" an action of the school year before.</param>
public sealed record ActionData(
    string Id,
    string Text,
    string? FocusAreaId,
    string? AppendixSchoolYear,
    string? CategoryId,
    string? Group,
    string? Owner,
    TimeframeData? Timeframe,
    ImmutableArray<string> SchoolYears,
    string? Status,
    string? NewOrContinuing,
    string? ContinuesActionId,
    ImmutableArray<string> Areas,
    ImmutableArray<string> GoalIds,
    ImmutableArray<string> ThemeIds,
    string Url);
