using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace DigitalStrategy.Content.Comparison;

/// <summary>
/// A text cut once into what <see cref="TextSimilarity"/> compares: its words (lower case,
/// punctuation removed) and the character trigrams of those words, each counted. An action is
/// compared with every action of the year before, so cutting it once instead of per pair keeps
/// the comparison of school years in step with the number of actions.
/// </summary>
internal sealed class ComparableText
{
    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ComparableText(string text)
    {
        Words = TextTokens.Words(text);
        WordCounts = new Dictionary<string, int>(Words.Length, StringComparer.Ordinal);
        foreach (var word in Words)
        {
            WordCounts[word] = WordCounts.GetValueOrDefault(word) + 1;
        }

        // The trigrams of the words written with one space between and around them.
        var joined = " " + string.Join(' ', Words) + " ";
        TrigramTotal = joined.Length - 2;
        TrigramCounts = new Dictionary<long, int>(TrigramTotal);
        for (var i = 0; i + 3 <= joined.Length; i++)
        {
            var trigram = Trigram(joined[i], joined[i + 1], joined[i + 2]);
            TrigramCounts[trigram] = TrigramCounts.GetValueOrDefault(trigram) + 1;
        }
    }

    public ImmutableArray<string> Words { get; }

    public bool IsEmpty => Words.IsEmpty;

    public int WordTotal => Words.Length;

    public int TrigramTotal { get; }

    public Dictionary<string, int> WordCounts { get; }

    /// <summary>Three UTF-16 characters packed into one number: equal numbers are equal trigrams.</summary>
    public Dictionary<long, int> TrigramCounts { get; }

    private static long Trigram(char first, char second, char third) => ((long)first << 32) | ((long)second << 16) | third;
}
