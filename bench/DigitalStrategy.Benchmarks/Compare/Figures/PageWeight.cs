namespace DigitalStrategy.Benchmarks.Compare.Figures;

/// <summary>A file a page makes the browser download, raw and gzip-compressed.</summary>
/// <param name="Found">False when the address does not lead to a file of the output; its bytes are then 0.</param>
public sealed record LinkedFile(string Url, long RawBytes, long GzipBytes, bool Found);

/// <summary>What one page transfers: its HTML, every stylesheet it links (print ones too) and every script.</summary>
public sealed record PageWeight(
    string Label, string Path, LinkedFile Html, IReadOnlyList<LinkedFile> Stylesheets, IReadOnlyList<LinkedFile> Scripts, bool HasScriptElement)
{
    public IEnumerable<LinkedFile> All => [Html, .. Stylesheets, .. Scripts];

    public long RawBytes => All.Sum(f => f.RawBytes);

    public long GzipBytes => All.Sum(f => f.GzipBytes);
}

/// <summary>The preview server's rebuilds after one changed file.</summary>
/// <param name="WriteToBuildLine">From writing the file to serve printing "Build N in X s", in ms.</param>
/// <param name="Reported">The X serve reports, in ms.</param>
/// <param name="WriteToReload">From writing the file to the reload event reaching an open page, in ms; empty when none came.</param>
public sealed record PreviewFigures(
    int Pages, double FirstBuildSeconds, IReadOnlyList<double> WriteToBuildLine, IReadOnlyList<double> Reported, IReadOnlyList<double> WriteToReload, IReadOnlyList<double> FullCheck);
