using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using DigitalStrategy.Content.Model;

namespace DigitalStrategy.Content.Comparison;

/// <summary>
/// The actions of one school year compared with those of the year before: what is new (in
/// the current year's order), what continues (in the current year's order) and what was dropped
/// (in the previous year's order).
/// </summary>
public sealed record ActionComparison(
    ImmutableArray<StrategyAction> New,
    ImmutableArray<ContinuedAction> Continued,
    ImmutableArray<StrategyAction> Dropped)
{
    /// <summary>Compares two annual appendices, normally of consecutive school years.</summary>
    public static ActionComparison Of(AnnualAppendix previous, AnnualAppendix current) => Of(previous.Actions, current.Actions);

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>
    /// Pairs each action of <paramref name="current"/> with at most one of <paramref name="previous"/>
    /// and the other way round, in three rounds, each only over what is still unpaired: the same id,
    /// then a declared <c>continues</c>, then the most similar texts at or above the threshold, best pair first.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ActionComparison Of(IReadOnlyList<StrategyAction> previous, IReadOnlyList<StrategyAction> current)
    {
        // pairOf[c] is the index in previous of the action current[c] continues.
        var pairOf = new (int Previous, ContinuationMatch Match)?[current.Count];
        var taken = new bool[previous.Count];

        Pair((p, c) => previous[p].Id == current[c].Id, ContinuationMatch.SameId);
        Pair((p, c) => current[c].Continues?.Value == previous[p].Id, ContinuationMatch.Declared);
        PairSimilarTexts(previous, current, pairOf, taken);

        var @new = ImmutableArray.CreateBuilder<StrategyAction>();
        var continued = ImmutableArray.CreateBuilder<ContinuedAction>();
        for (var c = 0; c < current.Count; c++)
        {
            if (pairOf[c] is { } pair)
            {
                continued.Add(Continuation(previous[pair.Previous], current[c], pair.Match));
            }
            else
            {
                @new.Add(current[c]);
            }
        }

        var dropped = previous.Where((_, p) => !taken[p]).ToImmutableArray();
        return new ActionComparison(@new.ToImmutable(), continued.ToImmutable(), dropped);

        void Pair(Func<int, int, bool> matches, ContinuationMatch match)
        {
            for (var c = 0; c < current.Count; c++)
            {
                for (var p = 0; p < previous.Count && pairOf[c] is null; p++)
                {
                    if (!taken[p] && matches(p, c))
                    {
                        pairOf[c] = (p, match);
                        taken[p] = true;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Greedy best pairs first: the most similar pair of unpaired actions is taken, then the most
    /// similar of the rest, so one action's fair match is not taken by a weaker one that came first.
    /// Ties go to the earlier current action, then the earlier previous one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void PairSimilarTexts(
        IReadOnlyList<StrategyAction> previous, IReadOnlyList<StrategyAction> current,
        (int Previous, ContinuationMatch Match)?[] pairOf, bool[] taken)
    {
        if (Array.TrueForAll(pairOf, p => p is not null) || Array.TrueForAll(taken, t => t))
        {
            return;
        }

        var index = new SimilarityIndex([.. previous.Select(a => new ComparableText(a.Text.PlainText))]);
        var candidates = new List<(double Score, int Current, int Previous)>();
        for (var c = 0; c < current.Count; c++)
        {
            if (pairOf[c] is not null)
            {
                continue;
            }

            var scores = index.Scores(new ComparableText(current[c].Text.PlainText));
            for (var p = 0; p < previous.Count; p++)
            {
                if (!taken[p] && scores[p] is var score && score >= TextSimilarity.Threshold)
                {
                    candidates.Add((score, c, p));
                }
            }
        }

        foreach (var (_, c, p) in candidates.OrderByDescending(x => x.Score).ThenBy(x => x.Current).ThenBy(x => x.Previous))
        {
            if (pairOf[c] is null && !taken[p])
            {
                pairOf[c] = (p, ContinuationMatch.SimilarText);
                taken[p] = true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ContinuedAction Continuation(StrategyAction previous, StrategyAction current, ContinuationMatch match)
    {
        var before = previous.Text.PlainText;
        var after = current.Text.PlainText;
        var changed = !TextTokens.Words(before).SequenceEqual(TextTokens.Words(after), StringComparer.Ordinal);
        return new ContinuedAction(previous, current, match, changed, WordDiff.Compare(before, after));
    }
}
