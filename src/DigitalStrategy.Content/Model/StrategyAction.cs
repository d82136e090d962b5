using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>Where an action was written: under a focus area, or in the appendix of a school year.</summary>
public abstract record ActionPlace
{
    private ActionPlace()
    {
    }

    public sealed record InFocusArea(string FocusAreaId) : ActionPlace;

    /// <param name="CategorySource">Where the category id is written, so an unknown category is reported on its own line.</param>
    public sealed record InAppendix(SchoolYear SchoolYear, string CategoryId, SourceLocation? CategorySource = null) : ActionPlace;
}

/// <summary>An action (handling, tiltag, indsats) and the ids of the goals it serves.</summary>
public sealed record StrategyAction(
    string Id,
    RichText Text,
    ActionPlace Place,
    string? Owner,
    string? Timeframe,
    ImmutableArray<Located<string>> Goals,
    SourceLocation Source)
{
    public IEnumerable<string> GoalIds => Goals.Select(g => g.Value);
}
