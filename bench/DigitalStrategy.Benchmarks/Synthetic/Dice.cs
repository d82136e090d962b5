namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// The generator's only source of chance. A seeded <see cref="Random"/> gives the same sequence
/// on every run and machine, so the same seed always writes the same files.
/// </summary>
public sealed class Dice(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary><paramref name="count"/> different items (fewer when the list is shorter), in the order drawn.</summary>
    public IReadOnlyList<T> PickDistinct<T>(IReadOnlyList<T> items, int count)
    {
        var indexes = Enumerable.Range(0, items.Count).ToList();
        var picked = new List<T>();
        for (var i = 0; i < Math.Min(count, items.Count); i++)
        {
            var at = _random.Next(indexes.Count);
            picked.Add(items[indexes[at]]);
            indexes.RemoveAt(at);
        }

        return picked;
    }
}
