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

/// <summary>A goal (mål, målsætning, pejlemærke, sigtepunkt).</summary>
/// <param name="Number">The number the document gives the goal, e.g. "4.1.1".</param>
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
    SourceLocation Source)
{
    public IEnumerable<string> ThemeIds => Themes.Select(t => t.Value);
}
