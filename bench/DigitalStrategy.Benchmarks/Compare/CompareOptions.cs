using System.Globalization;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>What `bench compare` is asked to do.</summary>
/// <param name="Sizes">Numbers of synthetic municipalities, smallest first; one is about 100 pages.</param>
/// <param name="Runs">Timed builds of each generator at each size, after one warm-up each.</param>
/// <param name="Markdown">A file to write the results to as Markdown tables, or null.</param>
/// <param name="Keep">Leave the work folder (inputs, Hugo sites, outputs) for inspection.</param>
public sealed record CompareOptions(IReadOnlyList<int> Sizes, int Runs, int Seed, string? Markdown, bool Keep)
{
    public const string DefaultSizes = "1,10,100";

    public const int DefaultRuns = 5;

    /// <summary>How many times the preview test changes a file.</summary>
    public const int PreviewEdits = 5;

    /// <summary>Reads "1,10,100"; null when a part is not a whole number of at least 1.</summary>
    public static IReadOnlyList<int>? ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size < 1)
            {
                return null;
            }

            sizes.Add(size);
        }

        return sizes.Count == 0 ? null : [.. sizes.Distinct().Order()];
    }
}
