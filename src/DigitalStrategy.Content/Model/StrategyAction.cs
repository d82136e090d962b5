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
/// <param name="Owner">Who is responsible (Ansvarlig), as written.</param>
/// <param name="Timeframe">When (Tidsramme), as written and parsed into dates where possible.</param>
/// <param name="Areas">The areas it belongs to (dagtilbud, skole, ...), each one of the strategy's scope areas.</param>
/// <param name="Status">How far it has come, as written ("er påbegyndt").</param>
/// <param name="Group">The document's own sub-heading the action stands under, e.g. "Kompetenceudvikling".</param>
/// <param name="Continues">
/// In an appendix: the id of the action of the previous school year's appendix that this one carries on, as the
/// editor declared it where the wording changed too much for the comparison of school years to find it.
/// </param>
public sealed record StrategyAction(
    string Id,
    RichText Text,
    ActionPlace Place,
    string? Owner,
    Timeframe? Timeframe,
    ImmutableArray<Located<string>> Areas,
    string? Status,
    string? Group,
    ImmutableArray<Located<string>> Goals,
    ImmutableArray<Located<string>> Themes,
    Located<string>? Continues,
    SourceLocation Source)
{
    public IEnumerable<string> GoalIds => Goals.Select(g => g.Value);

    public IEnumerable<string> ThemeIds => Themes.Select(t => t.Value);
}
