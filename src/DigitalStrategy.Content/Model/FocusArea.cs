using System.Collections.Immutable;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Content.Model;

/// <summary>
/// A focus area (fokusområde, sigte, tema): groups goals and the actions written under them.
/// </summary>
public sealed record FocusArea(
    string Id,
    string Title,
    string? Heading,
    RichText? Introduction,
    ImmutableArray<TargetGroup> TargetGroups,
    ImmutableArray<string> Keywords,
    ImmutableArray<Goal> Goals,
    RichText? ActionsIntroduction,
    ImmutableArray<StrategyAction> Actions,
    SourceLocation Source)
{
    /// <summary>The date the editor wrote in 'updated', which "Sidst opdateret" shows instead of the file's last commit.</summary>
    public DateOnly? Updated { get; init; }
}
