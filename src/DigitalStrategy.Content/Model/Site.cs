using System.Collections.Frozen;
using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>Settings from input/site.yml.</summary>
public sealed record SiteSettings(
    string Title,
    string? Description,
    string? BaseUrl,
    string? Publisher,
    AccessibilityStatement Accessibility,
    SourceLocation Source)
{
    /// <summary>Where an editor changes a source file ("Rediger denne side"); none when site.yml has no edit_url.</summary>
    public EditUrlTemplate? EditUrl { get; init; }
}

/// <summary>The whole content of a build.</summary>
/// <param name="Themes">The shared themes of input/themes.yml.</param>
/// <param name="Glossary">The shared glossary of input/glossary.yml.</param>
public sealed record Site(
    SiteSettings Settings,
    ImmutableArray<Theme> Themes,
    ImmutableArray<GlossaryTerm> Glossary,
    ImmutableArray<Municipality> Municipalities)
{
    public IEnumerable<Strategy> Strategies => Municipalities.SelectMany(m => m.Strategies);

    public Theme? FindTheme(string id) => Themes.FirstOrDefault(t => t.Id == id);

    /// <inheritdoc cref="Comparison.RelatedGoalIndex.Find"/>
    public IReadOnlyList<RelatedGoal> GoalsRelatedTo(Goal goal, Strategy strategy, int perMunicipality, int limit) =>
        Comparison.RelatedGoalIndex.Of(this).Find(goal, strategy, perMunicipality, limit);
}

/// <summary>A goal of another municipality and the themes it shares with the goal it is related to.</summary>
public sealed record RelatedGoal(Municipality Municipality, Strategy Strategy, Goal Goal, ImmutableArray<string> SharedThemes);

/// <summary>A kommune, with its strategies.</summary>
public sealed record Municipality(
    string Id,
    string Name,
    RichText? Description,
    ImmutableArray<Institution> Institutions,
    ImmutableArray<Strategy> Strategies,
    SourceLocation Source)
{
    private FrozenDictionary<(string StrategyId, string GoalId), ImmutableArray<StrategyGoal>>? _implementers;

    /// <summary>The date the editor wrote in 'updated', which "Sidst opdateret" shows instead of the file's last commit.</summary>
    public DateOnly? Updated { get; init; }

    public Institution? FindInstitution(string id) => Institutions.FirstOrDefault(i => i.Id == id);

    public Strategy? FindStrategy(string id) => Strategies.FirstOrDefault(s => s.Id == id);

    /// <summary>The institution whose local plan <paramref name="strategy"/> is, if it is one.</summary>
    public Institution? InstitutionOf(Strategy strategy) =>
        strategy.InstitutionId is { } id ? FindInstitution(id.Value) : null;

    /// <summary>The institution's own local plans, in folder order.</summary>
    public IEnumerable<Strategy> LocalPlansOf(Institution institution) =>
        Strategies.Where(s => s.InstitutionId?.Value == institution.Id);

    /// <summary>The strategies that name the institution in their scope; its own local plans are left out.</summary>
    public IEnumerable<Strategy> StrategiesCovering(Institution institution) =>
        Strategies.Where(s => s.InstitutionId?.Value != institution.Id && s.Scope.Institutions.Any(i => i.Value == institution.Id));

    /// <summary>The goals that <paramref name="goal"/> implements, each with its strategy; references that lead nowhere are left out.</summary>
    public IEnumerable<StrategyGoal> GoalsImplementedBy(Goal goal) => goal.Implements
        .Select(r => FindStrategy(r.StrategyId) is { } strategy && strategy.FindGoal(r.GoalId) is { } target ? new StrategyGoal(strategy, target) : null)
        .OfType<StrategyGoal>()
        .Distinct();

    /// <summary>The goals (of local plans or other strategies) that name <paramref name="goal"/> of <paramref name="strategy"/> in their 'implements', in reading order.</summary>
    public ImmutableArray<StrategyGoal> GoalsImplementing(Strategy strategy, Goal goal)
    {
        _implementers ??= Strategies
            .SelectMany(s => s.Goals.SelectMany(g => g.Implements.Select(r => (Key: (r.StrategyId, r.GoalId), Implementer: new StrategyGoal(s, g)))))
            .GroupBy(p => p.Key)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Implementer).Distinct().ToImmutableArray());
        return _implementers.GetValueOrDefault((strategy.Id, goal.Id), []);
    }

    /// <summary>Cross-links are computed once and cached; they are not part of equality.</summary>
    public bool Equals(Municipality? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
