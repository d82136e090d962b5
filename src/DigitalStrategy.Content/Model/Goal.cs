using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>A labelled text of a goal, such as "Det betyder" or "Det er vigtigt, fordi".</summary>
public sealed record LabelledText(string Title, RichText Text);

/// <summary>One step of a measurable target, e.g. 40 pct. in 2016.</summary>
/// <param name="When">When the step is due, as written and parsed.</param>
public sealed record Milestone(Timeframe When, decimal? Percent, string? Text);

/// <summary>A measurable target of a goal: who does what by when, possibly in steps.</summary>
public sealed record MeasurableTarget(
    string? Who,
    RichText What,
    Timeframe? Deadline,
    ImmutableArray<Milestone> Milestones,
    SourceLocation Source);

/// <summary>A reference from a goal to a goal of another strategy of the same municipality, written "strategy-id/goal-id".</summary>
public sealed record GoalReference(string StrategyId, string GoalId, SourceLocation Source)
{
    public override string ToString() => $"{StrategyId}/{GoalId}";
}

/// <summary>A goal together with the strategy it belongs to, for links across strategies.</summary>
public sealed record StrategyGoal(Strategy Strategy, Goal Goal);

/// <summary>A goal (mål, målsætning, pejlemærke, sigtepunkt).</summary>
/// <param name="Number">The number the document gives the goal, e.g. "4.1.1".</param>
/// <param name="Implements">The municipal goals (of other strategies of the municipality) that this goal implements, e.g. a school's local goal.</param>
public sealed record Goal(
    string Id,
    string FocusAreaId,
    string? Number,
    string Title,
    RichText? Explanation,
    ImmutableArray<LabelledText> Sections,
    ImmutableArray<MeasurableTarget> Targets,
    ImmutableArray<TargetGroup> TargetGroups,
    ImmutableArray<Located<string>> Themes,
    ImmutableArray<GoalReference> Implements,
    SourceLocation Source)
{
    public IEnumerable<string> ThemeIds => Themes.Select(t => t.Value);
}
