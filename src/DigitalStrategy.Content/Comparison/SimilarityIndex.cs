using System.Runtime.CompilerServices;
namespace DigitalStrategy.Content.Comparison;

/// <summary>
/// The texts of one school year's actions, indexed by word and trigram, so that a text of the next
/// year is scored against all of them in one pass over what they share instead of one comparison
/// per pair. The scores are exactly those of <see cref="TextSimilarity.Score(string, string)"/>.
/// </summary>
internal sealed class SimilarityIndex
{
    private readonly IReadOnlyList<ComparableText> _texts;
    private readonly Dictionary<string, List<(int Text, int Count)>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<(int Text, int Count)>> _byTrigram = [];

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SimilarityIndex(IReadOnlyList<ComparableText> texts)
    {
        _texts = texts;
        for (var t = 0; t < texts.Count; t++)
        {
            Add(_byWord, texts[t].WordCounts, t);
            Add(_byTrigram, texts[t].TrigramCounts, t);
        }
    }

    /// <summary>The score of <paramref name="text"/> against each indexed text, by its place in the index.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double[] Scores(ComparableText text)
    {
        var sharedWords = Shared(_byWord, text.WordCounts);
        var sharedTrigrams = Shared(_byTrigram, text.TrigramCounts);
        var scores = new double[_texts.Count];
        for (var t = 0; t < scores.Length; t++)
        {
            scores[t] = TextSimilarity.Score(_texts[t], text, sharedWords[t], sharedTrigrams[t]);
        }

        return scores;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add<TKey>(Dictionary<TKey, List<(int Text, int Count)>> index, Dictionary<TKey, int> counts, int text)
        where TKey : notnull
    {
        foreach (var (item, count) in counts)
        {
            if (!index.TryGetValue(item, out var postings))
            {
                index[item] = postings = [];
            }

            postings.Add((text, count));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int[] Shared<TKey>(Dictionary<TKey, List<(int Text, int Count)>> index, Dictionary<TKey, int> counts)
        where TKey : notnull
    {
        var shared = new int[_texts.Count];
        foreach (var (item, count) in counts)
        {
            if (index.TryGetValue(item, out var postings))
            {
                foreach (var (text, indexedCount) in postings)
                {
                    shared[text] += Math.Min(count, indexedCount);
                }
            }
        }

        return shared;
    }
}
