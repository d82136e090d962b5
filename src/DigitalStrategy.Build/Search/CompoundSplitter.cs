using System.Collections.Frozen;
using System.Text;

namespace DigitalStrategy.Build.Search;

/// <summary>
/// Finds the parts of Danish compound words from the vocabulary of the texts themselves: a word
/// is split where both halves are words the texts use ("lærings|platform", "fag|portaler"), with
/// the joining s or e of Danish compounds allowed on the first half. Search matches the start of
/// words, so the first part is found anyway; the later parts are what this adds.
/// </summary>
public sealed class CompoundSplitter
{
    private const int MinWordLength = 7;
    private const int MinHeadLength = 3;
    private const int MinTailLength = 4;

    /// <summary>A last part never written alone must end at least this many compounds of the texts, and be this long.</summary>
    private const int MinSharedTailWords = 2;
    private const int MinSharedTailLength = 5;

    /// <summary>Endings a word may carry in the texts; "portal" is known from "portaler".</summary>
    private static readonly string[] Endings = ["e", "en", "er", "et", "s", "ne", "ene", "erne", "ens", "ets", "ers", "es"];

    /// <summary>
    /// Prepositions and prefixes that begin many words without making them compounds: "for|ældre"
    /// is not about the elderly, and "med|arbejder" should not turn up for "arbejder".
    /// </summary>
    private static readonly FrozenSet<string> NotHeads = FrozenSet.ToFrozenSet(
    [
        "for", "fore", "fra", "til", "med", "mod", "ved", "over", "under", "ind", "inden", "uden", "ud", "op", "af", "om",
        "efter", "gennem", "mellem", "sam", "samt", "bag", "ned", "hen", "frem", "imod", "omkring", "være", "have", "ikke",
        "alle", "selv", "bliver", "blive", "skal", "kan", "vil", "der", "det", "den", "som", "men", "eller", "også",
    ], StringComparer.Ordinal);

    private readonly FrozenSet<string> _vocabulary;
    private readonly Dictionary<string, IReadOnlyList<string>> _cache = new(StringComparer.Ordinal);

    /// <summary>
    /// Learns the vocabulary of the texts: the words they use, and the last parts that several of
    /// their compounds share although no text writes them alone ("portal" of "forældreportal" and "læringsportal").
    /// </summary>
    public CompoundSplitter(IEnumerable<string> texts)
    {
        _vocabulary = texts.SelectMany(Words).ToFrozenSet(StringComparer.Ordinal);
        var sharedTails = _vocabulary
            .Where(w => w.Length >= MinWordLength)
            .SelectMany(w => Enumerable.Range(MinHeadLength, Math.Max(0, w.Length - MinSharedTailLength - MinHeadLength + 1))
                .Where(cut => HeadStem(w[..cut]) is not null)
                .Select(cut => (Tail: w[cut..], Word: w)))
            .GroupBy(p => p.Tail, StringComparer.Ordinal)
            .Where(g => g.Select(p => p.Word).Distinct(StringComparer.Ordinal).Count() >= MinSharedTailWords)
            .Select(g => g.Key);
        _vocabulary = _vocabulary.Concat(sharedTails).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lower-case words of a text: runs of letters, with hyphens and digits as breaks.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    /// <summary>The later parts of every compound word in <paramref name="text"/>, each once, in order of appearance.</summary>
    public IReadOnlyList<string> PartsOf(string text)
    {
        var ordered = Words(text).ToList();
        var words = ordered.ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ordered)
        {
            foreach (var part in Split(word))
            {
                if (!words.Contains(part) && seen.Add(part))
                {
                    parts.Add(part);
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// The later parts of one word: "kompetenceudviklingsforløb" gives "forløb" and "udvikling".
    /// The longest known first half wins, so the last part is as short as the texts allow.
    /// </summary>
    public IReadOnlyList<string> Split(string word)
    {
        if (word.Length < MinWordLength)
        {
            return [];
        }

        lock (_cache)
        {
            if (_cache.TryGetValue(word, out var cached))
            {
                return cached;
            }
        }

        var result = Compute(word);
        lock (_cache)
        {
            _cache[word] = result;
        }

        return result;
    }

    private IReadOnlyList<string> Compute(string word)
    {
        for (var cut = word.Length - MinTailLength; cut >= MinHeadLength; cut--)
        {
            var tail = word[cut..];
            if (!IsKnown(tail) || HeadStem(word[..cut]) is not { } head)
            {
                continue;
            }

            return [tail, .. Split(tail), .. Split(head).Where(p => p != tail)];
        }

        return [];
    }

    /// <summary>The first half as a word of its own, without a joining s or e; null when it is not one.</summary>
    private string? HeadStem(string head)
    {
        if (NotHeads.Contains(head))
        {
            return null;
        }

        if (IsKnown(head))
        {
            return head;
        }

        if (head.Length > MinHeadLength && head[^1] is 's' or 'e' && !NotHeads.Contains(head[..^1]) && IsKnown(head[..^1]))
        {
            return head[..^1];
        }

        return null;
    }

    private bool IsKnown(string word) =>
        _vocabulary.Contains(word) || Endings.Any(ending => _vocabulary.Contains(word + ending));
}
