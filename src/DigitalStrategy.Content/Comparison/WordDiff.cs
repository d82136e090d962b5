using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;

namespace DigitalStrategy.Content.Comparison;

/// <summary>
/// A word-by-word diff of two short texts, such as the wording of an action in two school years.
/// </summary>
public static class WordDiff
{
    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>
    /// The pieces that turn <paramref name="before"/> into <paramref name="after"/>: a longest
    /// common sequence of words and punctuation marks is kept, the rest is deleted or inserted.
    /// Within a change the deleted text comes before the inserted text, pieces of the same kind are
    /// merged, and whitespace both texts have next to a change is kept rather than changed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ImmutableArray<DiffSegment> Compare(string before, string after)
    {
        var steps = Align(TextTokens.ForDiff(before), TextTokens.ForDiff(after));
        DissolveShortEqualities(steps);
        return Render(steps);
    }

    /// <summary>One step of the alignment: a token kept (both set), deleted (only Old) or inserted (only New).</summary>
    private readonly record struct Step(TextToken? Old, TextToken? New)
    {
        public bool IsSame => Old is not null && New is not null;
    }

    /// <summary>Above this many cells the table would cost more memory than a diff of an action's text can be worth.</summary>
    private const long MaxTableCells = 4_000_000;

    /// <summary>A longest common subsequence of the tokens (compared exactly), taking the earliest match.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Step> Align(ImmutableArray<TextToken> old, ImmutableArray<TextToken> @new)
    {
        if ((long)(old.Length + 1) * (@new.Length + 1) > MaxTableCells)
        {
            // Texts of thousands of words are not what the comparison is for: show them replaced.
            return [.. old.Select(t => new Step(t, null)), .. @new.Select(t => new Step(null, t))];
        }

        // common[i, j] is the length of a longest common subsequence of old[i..] and new[j..].
        var common = new int[old.Length + 1, @new.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = @new.Length - 1; j >= 0; j--)
            {
                common[i, j] = old[i].Text == @new[j].Text
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var steps = new List<Step>(old.Length + @new.Length);
        int o = 0, n = 0;
        while (o < old.Length || n < @new.Length)
        {
            if (o < old.Length && n < @new.Length && old[o].Text == @new[n].Text && common[o, n] == common[o + 1, n + 1] + 1)
            {
                steps.Add(new Step(old[o++], @new[n++]));
            }
            else if (n == @new.Length || (o < old.Length && common[o + 1, n] >= common[o, n + 1]))
            {
                steps.Add(new Step(old[o++], null));
            }
            else
            {
                steps.Add(new Step(null, @new[n++]));
            }
        }

        return steps;
    }

    /// <summary>
    /// A longest common subsequence of two rather different sentences keeps stray words ("af",
    /// "og", a comma) and shreds the diff into many small changes. So a run of kept tokens between
    /// two changes becomes part of the change when it holds at most one word and is no longer, in
    /// characters, than the larger side of the change before it and of the change after it (the
    /// semantic clean-up of diff-match-patch, limited to single words so that a kept phrase such
    /// as "Hjernen og Hjertet" still shows what stayed). The diff is then a little longer than
    /// minimal, but can be read.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void DissolveShortEqualities(List<Step> steps)
    {
        // Dissolving one run can make the change next to it large enough to dissolve another.
        bool dissolved;
        do
        {
            dissolved = false;
            var runs = Runs(steps);
            for (var r = 1; r < runs.Count - 1 && !dissolved; r++)
            {
                var (start, count) = runs[r];
                if (!steps[start].IsSame)
                {
                    continue;
                }

                var kept = steps.GetRange(start, count);
                var length = kept.Sum(s => s.Old!.Value.Text.Length);
                var words = kept.Count(s => s.Old!.Value.Text.Any(char.IsLetterOrDigit));
                if (words <= 1 && length <= LargerSide(runs[r - 1]) && length <= LargerSide(runs[r + 1]))
                {
                    steps.RemoveRange(start, count);
                    steps.InsertRange(start, kept.Select(s => new Step(s.Old, null)).Concat(kept.Select(s => new Step(null, s.New))));
                    dissolved = true;
                }
            }
        }
        while (dissolved);

        int LargerSide((int Start, int Count) run)
        {
            var change = steps.GetRange(run.Start, run.Count);
            return Math.Max(change.Sum(s => s.Old?.Text.Length ?? 0), change.Sum(s => s.New?.Text.Length ?? 0));
        }
    }

    /// <summary>The runs of kept steps and of changed steps, as (start, count).</summary>
    private static List<(int Start, int Count)> Runs(List<Step> steps)
    {
        var runs = new List<(int, int)>();
        for (var start = 0; start < steps.Count;)
        {
            var end = start + 1;
            while (end < steps.Count && steps[end].IsSame == steps[start].IsSame)
            {
                end++;
            }

            runs.Add((start, end - start));
            start = end;
        }

        return runs;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ImmutableArray<DiffSegment> Render(List<Step> steps)
    {
        var segments = ImmutableArray.CreateBuilder<DiffSegment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        foreach (var step in steps)
        {
            if (step.IsSame)
            {
                // The whitespace before a kept token belongs to the change before it, if any.
                deleted.Append(step.Old!.Value.Space);
                inserted.Append(step.New!.Value.Space);
                AddChange(segments, deleted.ToString(), inserted.ToString());
                (deleted, inserted) = (new StringBuilder(), new StringBuilder());
                Add(segments, DiffKind.Same, step.New.Value.Text);
            }
            else if (step.Old is { } old)
            {
                deleted.Append(old.Space).Append(old.Text);
            }
            else if (step.New is { } @new)
            {
                inserted.Append(@new.Space).Append(@new.Text);
            }
        }

        AddChange(segments, deleted.ToString(), inserted.ToString());
        return segments.ToImmutable();
    }

    /// <summary>Adds a change, keeping the whitespace both sides begin and end with as Same.</summary>
    private static void AddChange(ImmutableArray<DiffSegment>.Builder segments, string deleted, string inserted)
    {
        var lead = 0;
        while (lead < deleted.Length && lead < inserted.Length && deleted[lead] == ' ' && inserted[lead] == ' ')
        {
            lead++;
        }

        var trail = 0;
        while (trail < deleted.Length - lead && trail < inserted.Length - lead
            && deleted[^(trail + 1)] == ' ' && inserted[^(trail + 1)] == ' ')
        {
            trail++;
        }

        Add(segments, DiffKind.Same, deleted[..lead]);
        Add(segments, DiffKind.Deleted, deleted[lead..^trail]);
        Add(segments, DiffKind.Inserted, inserted[lead..^trail]);
        Add(segments, DiffKind.Same, deleted[^trail..]);
    }

    private static void Add(ImmutableArray<DiffSegment>.Builder segments, DiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }
}
