using System.Globalization;
using System.Text;

namespace DigitalStrategy.Benchmarks.Compare.Figures;

/// <summary>The comparison's tables, for the console (TextTable) and for docs/performance.md (Markdown).</summary>
public static class CompareReport
{
    private static readonly string[] BuildHeadings =
        ["municipalities", "generator", "pages", "wall s median", "wall s range", "CPU s median", "peak MiB median", "ms/page", "ours/Hugo"];

    private static readonly string[] WeightHeadings =
        ["goal page", "HTML bytes", "CSS files", "CSS bytes", "scripts", "raw total", "gzip total", "<script>"];

    private static readonly string[] PreviewHeadings =
        ["pages", "first build s", "edits", "write → build line ms", "reported build ms", "write → reload event ms", "full check after it ms"];

    public static string BuildText(IEnumerable<SizeFigures> sizes) => Text(BuildHeadings, BuildRows(sizes));

    public static string BuildMarkdown(IEnumerable<SizeFigures> sizes) => Markdown(BuildHeadings, BuildRows(sizes));

    public static string WeightText(IEnumerable<PageWeight> pages) => Text(WeightHeadings, WeightRows(pages));

    public static string WeightMarkdown(IEnumerable<PageWeight> pages) => Markdown(WeightHeadings, WeightRows(pages));

    public static string PreviewText(PreviewFigures preview) => Text(PreviewHeadings, PreviewRows(preview));

    public static string PreviewMarkdown(PreviewFigures preview) => Markdown(PreviewHeadings, PreviewRows(preview));

    /// <summary>Two rows per size, ours first; the ratio of the median walls stands in our row.</summary>
    public static IEnumerable<string[]> BuildRows(IEnumerable<SizeFigures> sizes)
    {
        foreach (var size in sizes)
        {
            foreach (var generator in new[] { size.Ours, size.Hugo })
            {
                var wall = generator.Wall;
                yield return
                [
                    Whole(size.Municipalities), generator.Name, Whole(generator.Pages), Decimal(wall.Median, "0.00"),
                    $"{Decimal(wall.Min, "0.00")}–{Decimal(wall.Max, "0.00")}", Decimal(generator.Cpu.Median, "0.00"),
                    Decimal(generator.PeakMiB.Median, "N0"), Decimal(generator.MillisecondsPerPage, "0.00"),
                    ReferenceEquals(generator, size.Ours) ? Decimal(size.Ratio, "0.00") : "",
                ];
            }
        }
    }

    private static IEnumerable<string[]> WeightRows(IEnumerable<PageWeight> pages) => pages.Select(page => new[]
    {
        $"{page.Label} ({page.Path})", Whole(page.Html.RawBytes), Whole(page.Stylesheets.Count), Whole(page.Stylesheets.Sum(s => s.RawBytes)),
        Whole(page.Scripts.Count), Whole(page.RawBytes), Whole(page.GzipBytes), page.HasScriptElement ? "yes" : "none",
    });

    private static IEnumerable<string[]> PreviewRows(PreviewFigures preview) =>
    [
        [
            Whole(preview.Pages), Decimal(preview.FirstBuildSeconds, "0.00"), Whole(preview.Reported.Count),
            MedianAndRange(preview.WriteToBuildLine), MedianAndRange(preview.Reported), MedianAndRange(preview.WriteToReload), MedianAndRange(preview.FullCheck),
        ],
    ];

    /// <summary>"412 (380–460)": the median and the range; "none" when there are no values.</summary>
    public static string MedianAndRange(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return "none";
        }

        var spread = Spread.Of(values);
        return $"{Decimal(spread.Median, "N0")} ({Decimal(spread.Min, "N0")}–{Decimal(spread.Max, "N0")})";
    }

    public static string Markdown(IReadOnlyList<string> headings, IEnumerable<string[]> rows)
    {
        var all = rows.ToList();
        var numeric = Enumerable.Range(0, headings.Count).Select(c => all.Count > 0 && all.All(r => r[c].Length == 0 || char.IsAsciiDigit(r[c][0]))).ToList();
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", headings.Select(Escape))).Append(" |\n");
        text.Append('|').Append(string.Join('|', numeric.Select(n => n ? " ---: " : " --- "))).Append("|\n");
        foreach (var row in all)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Text(string[] headings, IEnumerable<string[]> rows)
    {
        var table = new TextTable(headings);
        foreach (var row in rows)
        {
            table.Row(row);
        }

        return table.ToString();
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);

    private static string Whole(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Decimal(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
