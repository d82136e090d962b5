using System.Runtime.CompilerServices;
namespace DigitalStrategy.Content.Comparison;

/// <summary>
/// How alike two action texts are, from 0 (nothing in common) to 1 (the same words), for finding
/// the action of the previous school year that an action carries on.
/// </summary>
public static class TextSimilarity
{
    /// <summary>
    /// The score from which two actions are taken to be the same action carried on.
    /// </summary>
    /// <remarks>
    /// Chosen on Lemvig's three appendices, the only real texts with school years to compare
    /// (tests/…/Comparison/LemvigAppendicesComparisonTests.cs holds the reviewed result). The
    /// pairs a reader sees as one action carried on score from 0.52 (a short text with a clause
    /// added: "Løbende udskiftning af elevcomputere" / "Udskiftning af elevcomputere, PC’er og
    /// ipads til medarbejdere") up to 1. The best-scoring pair of different actions scores 0.41
    /// ("Fortsat fokus på implementering af Aula …" / "Fortsat fokus på arbejdet med Rambøll
    /// Hjernen og Hjertet …": three shared opening words), the next ones 0.38 and below. 0.45
    /// lies in the gap with room on both sides. The two real pairs below it (0.43 and 0.37,
    /// rewritten wording) carry <c>continues:</c> in 2022-23.yml instead of lowering the threshold
    /// into the range of wrong pairs. Short texts of the same pattern ("Kurser i Aula for
    /// pædagoger" / "Kurser i Meebook for lærere", 0.50) can still pass; <c>continues:</c> on
    /// the right action wins over similarity.
    /// </remarks>
    public const double Threshold = 0.45;

    /// <summary>
    /// The average of two Dice coefficients: over the words (lower case, punctuation removed),
    /// which rewards the same words in any order, and over the character trigrams of those words,
    /// which forgives a small typo or inflection ("Sejer" and "Sejr", "videreuddannelser" and
    /// "videreuddannelse") that makes the words differ. Dice rather than Jaccard so that a clause
    /// added to a short text lowers the score by half its share, not by its whole share.
    /// </summary>
    public static double Score(string first, string second) => Score(new ComparableText(first), new ComparableText(second));

    /// <inheritdoc cref="Score(string, string)"/>
    internal static double Score(ComparableText first, ComparableText second) =>
        Score(first, second, SharedCount(first.WordCounts, second.WordCounts), SharedCount(first.TrigramCounts, second.TrigramCounts));

    /// <param name="sharedWords">How many words the texts share, counting a word as often as it occurs in both.</param>
    /// <param name="sharedTrigrams">The same for the trigrams.</param>
    internal static double Score(ComparableText first, ComparableText second, int sharedWords, int sharedTrigrams)
    {
        if (first.IsEmpty || second.IsEmpty)
        {
            return first.IsEmpty && second.IsEmpty ? 1 : 0;
        }

        return (Dice(sharedWords, first.WordTotal, second.WordTotal) + Dice(sharedTrigrams, first.TrigramTotal, second.TrigramTotal)) / 2;
    }

    /// <summary>2·|A∩B| / (|A|+|B|), counting an item as often as it occurs in both.</summary>
    private static double Dice(int shared, int firstCount, int secondCount) => 2.0 * shared / (firstCount + secondCount);

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int SharedCount<TKey>(Dictionary<TKey, int> first, Dictionary<TKey, int> second)
        where TKey : notnull
    {
        var (smaller, larger) = first.Count <= second.Count ? (first, second) : (second, first);
        var shared = 0;
        foreach (var (item, count) in smaller)
        {
            shared += Math.Min(count, larger.GetValueOrDefault(item));
        }

        return shared;
    }
}
