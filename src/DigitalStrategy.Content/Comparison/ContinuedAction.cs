using System.Collections.Immutable;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Comparison;

/// <summary>How an action was found to carry on an action of the previous school year.</summary>
public enum ContinuationMatch
{
    /// <summary>The same action: a school year derived from timeframes holds it again.</summary>
    SameId,

    /// <summary>The editor wrote <c>continues:</c> with the previous action's id.</summary>
    Declared,

    /// <summary>The wording is similar enough (<see cref="TextSimilarity.Threshold"/>).</summary>
    SimilarText,
}

/// <summary>An action of this school year that carries on one of the previous school year.</summary>
/// <param name="WordingChanged">
/// Whether the words differ; differences only in capitals, punctuation or whitespace do not count.
/// </param>
/// <param name="Diff">The word diff from the previous text to the current one, also when only punctuation changed.</param>
public sealed record ContinuedAction(
    StrategyAction Previous,
    StrategyAction Current,
    ContinuationMatch Match,
    bool WordingChanged,
    ImmutableArray<DiffSegment> Diff);
