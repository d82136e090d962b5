namespace DigitalStrategy.Benchmarks.Compare.Figures;

/// <summary>What one generator did at one size: the pages it wrote and its timed runs.</summary>
public sealed record GeneratorFigures(string Name, int Pages, IReadOnlyList<RunSample> Runs)
{
    public Spread Wall => Spread.Of(Runs.Select(r => r.WallSeconds));

    public Spread Cpu => Spread.Of(Runs.Select(r => r.CpuSeconds));

    public Spread PeakMiB => Spread.Of(Runs.Select(r => r.PeakMiB));

    /// <summary>The median wall time divided by the pages written, in milliseconds.</summary>
    public double MillisecondsPerPage => Pages == 0 ? double.NaN : Wall.Median * 1000 / Pages;
}

/// <summary>Both generators at one size of the synthetic site.</summary>
public sealed record SizeFigures(int Municipalities, GeneratorFigures Ours, GeneratorFigures Hugo)
{
    /// <summary>Ours over Hugo's median wall time: below 1 means ours is faster.</summary>
    public double Ratio => Ours.Wall.Median / Hugo.Wall.Median;
}
