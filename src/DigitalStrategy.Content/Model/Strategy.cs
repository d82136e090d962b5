using System.Collections.Frozen;
using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

public enum StrategyStatus
{
    Current,
    Previous,
}

/// <summary>Who adopted the strategy and when, as the document says it.</summary>
public sealed record Adoption(string? By, string? Date);

/// <summary>What the strategy covers: areas (dagtilbud, skole, ...), an age range such as "0-18 år", and institutions.</summary>
/// <param name="Institutions">Ids of institutions of the municipality that the strategy covers.</param>
public sealed record StrategyScope(string? AgeRange, ImmutableArray<string> Areas, ImmutableArray<Located<string>> Institutions);

/// <summary>A category that groups the actions of an annual appendix, e.g. "Udstyr".</summary>
public sealed record ActionCategory(string Id, string Title, SourceLocation Source);

/// <summary>One strategy (or plan) of a municipality, with everything it holds.</summary>
/// <param name="InstitutionId">Set when the strategy is an institution's own local plan: the id of that institution of the municipality.</param>
public sealed record Strategy(
    string Id,
    string MunicipalityId,
    string Title,
    string? ShortTitle,
    RichText? Summary,
    string? Owner,
    StrategyScope Scope,
    Located<string>? InstitutionId,
    Timeframe? Period,
    StrategyStatus? Status,
    Adoption? Adoption,
    string? ReviewCadence,
    RichText? Evaluation,
    Vocabulary Vocabulary,
    ImmutableArray<ActionCategory> Categories,
    ImmutableArray<Chapter> Chapters,
    ImmutableArray<FocusArea> FocusAreas,
    ImmutableArray<AnnualAppendix> Appendices,
    ImmutableArray<GlossaryTerm> Glossary,
    SourceLocation Source)
{
    private FrozenDictionary<string, Goal>? _goals;
    private FrozenDictionary<string, ImmutableArray<StrategyAction>>? _actionsByGoal;
    private SchoolYearPlan? _schoolYears;

    public IEnumerable<Goal> Goals => FocusAreas.SelectMany(f => f.Goals);

    /// <summary>The date the editor wrote in 'updated', which "Sidst opdateret" shows instead of the file's last commit.</summary>
    public DateOnly? Updated { get; init; }

    /// <summary>Whether this is an institution's own local plan rather than a plan of the municipality.</summary>
    public bool IsLocalPlan => InstitutionId is not null;

    /// <summary>Every action: those of the focus areas first, then those of the appendices by school year.</summary>
    public IEnumerable<StrategyAction> Actions =>
        FocusAreas.SelectMany(f => f.Actions).Concat(Appendices.SelectMany(a => a.Actions));

    /// <summary>The status as written, or else as the period tells it: a period that has ended makes the strategy an earlier one.</summary>
    public StrategyStatus? StatusOn(DateOnly today) =>
        Status ?? (Period is { End: { } end } ? (end < today ? StrategyStatus.Previous : StrategyStatus.Current) : null);

    /// <summary>The chapters that are the document's own text, and those that are its numbered appendices.</summary>
    public IEnumerable<Chapter> TextChapters => Chapters.Where(c => !c.IsAppendix);

    public IEnumerable<Chapter> DocumentAppendices => Chapters.Where(c => c.IsAppendix).OrderBy(c => c.AppendixNumber);

    /// <summary>The strategy along school years; computed once.</summary>
    public SchoolYearPlan SchoolYears => _schoolYears ??= SchoolYearPlan.For(this);

    public Goal? FindGoal(string id) =>
        (_goals ??= Goals.ToFrozenDictionary(g => g.Id, StringComparer.Ordinal)).GetValueOrDefault(id);

    public FocusArea? FindFocusArea(string id) => FocusAreas.FirstOrDefault(f => f.Id == id);

    public ActionCategory? FindCategory(string id) => Categories.FirstOrDefault(c => c.Id == id);

    /// <summary>The actions that name <paramref name="goal"/> among the goals they serve, in reading order.</summary>
    public ImmutableArray<StrategyAction> ActionsServing(Goal goal)
    {
        _actionsByGoal ??= Actions
            .SelectMany(a => a.GoalIds.Select(id => (id, a)))
            .GroupBy(p => p.id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.a).ToImmutableArray(), StringComparer.Ordinal);
        return _actionsByGoal.GetValueOrDefault(goal.Id, []);
    }

    /// <summary>Cross-links are computed once and cached; they are not part of equality.</summary>
    public bool Equals(Strategy? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
