using DigitalStrategy.Benchmarks.Compare;
using DigitalStrategy.Benchmarks.Compare.Figures;

namespace DigitalStrategy.Build.Tests.Compare;

/// <summary>The arithmetic behind `bench compare`'s tables: what GNU time writes, medians, ranges, ratios.</summary>
public sealed class CompareFiguresTests
{
    [Fact]
    public void Gnu_time_output_is_read_from_its_last_line()
    {
        var sample = RunSample.Parse("Command exited with non-zero status 1\n12.34 20.50 1.25 524288\n");

        Assert.Equal(12.34, sample.WallSeconds);
        Assert.Equal(21.75, sample.CpuSeconds);
        Assert.Equal(512, sample.PeakMiB);
        Assert.Throws<FormatException>(() => RunSample.Parse("0:12.34elapsed"));
    }

    [Fact]
    public void The_median_is_the_middle_value_or_the_mean_of_the_middle_two()
    {
        Assert.Equal(new Spread(3, 1, 10), Spread.Of([10, 1, 3]));
        Assert.Equal(new Spread(2.5, 1, 10), Spread.Of([4, 1, 10, 1]));
        Assert.Throws<ArgumentException>(() => Spread.Of([]));
    }

    [Fact]
    public void The_ratio_is_ours_over_hugos_median_wall_and_cost_per_page_uses_each_ones_pages()
    {
        var size = new SizeFigures(
            10,
            new GeneratorFigures("ours", 1000, [Run(3), Run(2), Run(9)]),
            new GeneratorFigures("Hugo", 500, [Run(1), Run(2), Run(1.5)]));

        Assert.Equal(2, size.Ratio);
        Assert.Equal(3, size.Ours.MillisecondsPerPage);
        Assert.Equal(3, size.Hugo.MillisecondsPerPage);

        var rows = CompareReport.BuildRows([size]).ToList();
        Assert.Equal(["10", "ours", "1,000", "3.00", "2.00–9.00", "3.00", "100", "3.00", "2.00"], rows[0]);
        Assert.Equal("", rows[1][^1]);
        Assert.Equal("1.00–2.00", rows[1][4]);
    }

    [Fact]
    public void The_markdown_table_aligns_numbers_right_and_escapes_pipes()
    {
        var markdown = CompareReport.Markdown(["name", "count"], [["a|b", "12"], ["<script>", "3"]]);

        Assert.Equal("| name | count |\n| --- | ---: |\n| a\\|b | 12 |\n| &lt;script> | 3 |\n", markdown);
    }

    [Fact]
    public void Sizes_are_whole_numbers_separated_by_commas_smallest_first()
    {
        Assert.Equal([1, 10, 100], CompareOptions.ParseSizes("100, 1,10,10"));
        Assert.Null(CompareOptions.ParseSizes("0,1"));
        Assert.Null(CompareOptions.ParseSizes("1;10"));
        Assert.Null(CompareOptions.ParseSizes(""));
        Assert.Equal("none", CompareReport.MedianAndRange([]));
        Assert.Equal("1,500 (100–4,000)", CompareReport.MedianAndRange([4000, 100, 1500]));
    }

    private static RunSample Run(double wall) => new(wall, wall * 0.75, wall * 0.25, 100 * 1024);
}
