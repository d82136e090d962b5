using System.Globalization;
using System.Text.Json;
using DigitalStrategy.Benchmarks.Synthetic;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Benchmarks.Search;

/// <summary>One built site and what was measured on it.</summary>
public sealed record SiteFigures(
    string Name, BuildResult Build, int Records, long IndexBytes, int IndexFiles, IReadOnlyList<QueryFigures> Queries)
{
    /// <summary>The stages that make the search index: collecting the records and running Pagefind.</summary>
    public static readonly string[] IndexStages = ["CollectSearchRecords", "IndexSearch"];

    public TimeSpan IndexTime => TimeSpan.FromTicks(Build.StageTimings.Where(t => IndexStages.Contains(t.Stage)).Sum(t => t.Elapsed.Ticks));
}

/// <summary>
/// Issue 6's benchmark: builds the real input/ and a synthetic site of about 10,000 pages with the
/// search index, and prints for each the build and index times, the index's size on disk, and the
/// bytes a first-time visitor's browser downloads for a search.
/// </summary>
public sealed class SearchBenchmark(TextWriter output, IReadOnlyList<string> queries)
{
    public static readonly string[] DefaultQueries = ["Aula", "kompetenceudvikling", "platform"];

    public async Task<int> RunAsync(int municipalities, int seed)
    {
        var root = RepositoryRoot.Find();
        var headers = ProductionHeaders.Load(Path.Combine(root, "netlify.toml"));
        var work = Directory.CreateTempSubdirectory("ds-bench-");
        try
        {
            await using var probe = await QueryProbe.StartAsync();
            var sites = new List<SiteFigures>();
            await output.WriteLineAsync("Building the real input/ with search …");
            sites.Add(await MeasureAsync("real input/", Path.Combine(root, "input"), Path.Combine(work.FullName, "real"), root, headers, probe));

            await output.WriteLineAsync($"Generating {municipalities} synthetic municipalities (seed {seed}) …");
            var generated = SyntheticSite.Generate(Path.Combine(work.FullName, "synthetic-input"), municipalities, seed);
            await output.WriteLineAsync($"Building the synthetic site ({generated.Files} source files) with search …");
            sites.Add(await MeasureAsync(
                $"synthetic, {municipalities} municipalities", generated.Folder, Path.Combine(work.FullName, "synthetic"), root, headers, probe));

            await output.WriteLineAsync();
            await output.WriteAsync(Report(sites, probe));
            return 0;
        }
        catch (BuildFailedException failed)
        {
            await output.WriteLineAsync(failed.Message);
            return 1;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task<SiteFigures> MeasureAsync(
        string name, string input, string outputFolder, string root, IReadOnlyDictionary<string, string> headers, QueryProbe probe)
    {
        var build = await SiteBuilder.RunAsync(new BuildOptions(input, outputFolder, Search: true, ToolsDirectory: root));
        if (!build.Succeeded)
        {
            var errors = build.Diagnostics.Where(d => d.IsError).Take(20);
            throw new BuildFailedException($"The {name} site did not build ({build.ErrorCount} errors):\n{string.Join('\n', errors)}");
        }

        var index = new DirectoryInfo(Path.Combine(outputFolder, "pagefind"));
        var files = index.EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        var figures = new List<QueryFigures>();
        await using (var server = await StaticServer.StartAsync(outputFolder, headers))
        {
            foreach (var query in queries)
            {
                figures.Add(await probe.SearchAsync(server.Origin, query));
            }
        }

        return new SiteFigures(name, build, RecordsIn(index.FullName), files.Sum(f => f.Length), files.Count, figures);
    }

    /// <summary>The number of records Pagefind indexed, from its entry file.</summary>
    private static int RecordsIn(string indexFolder)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(indexFolder, "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
    }

    private static string Report(IReadOnlyList<SiteFigures> sites, QueryProbe probe)
    {
        var overview = new TextTable("site", "pages", "records", "build s", "index s", "pagefind/ bytes", "pagefind/ files");
        foreach (var site in sites)
        {
            overview.Row(
                site.Name, Whole(site.Build.PageCount), Whole(site.Records), Seconds(site.Build.Elapsed), Seconds(site.IndexTime),
                Whole(site.IndexBytes), Whole(site.IndexFiles));
        }

        var stages = new TextTable(["stage", .. sites.Select(s => s.Name + " s")]);
        foreach (var stage in sites[0].Build.StageTimings.Select(t => t.Stage))
        {
            stages.Row([stage, .. sites.Select(s => Seconds(s.Build.StageTimings.FirstOrDefault(t => t.Stage == stage)?.Elapsed ?? TimeSpan.Zero))]);
        }

        var downloads = new TextTable(
            "site", "query", "results", "status ms", "page", "pagefind.js", "worker", "wasm", "entry+meta", "index", "filter", "fragments", "total");
        foreach (var site in sites)
        {
            foreach (var query in site.Queries)
            {
                downloads.Row(
                    site.Name, query.Query, Whole(query.Results), query.StatusShownMs.ToString("0", CultureInfo.InvariantCulture),
                    KiloBytes(query.Of(FileKind.Page)), KiloBytes(query.Of(FileKind.PagefindScript)), KiloBytes(query.Of(FileKind.Worker)),
                    KiloBytes(query.Of(FileKind.Wasm)),
                    KiloBytes(query.Of(FileKind.EntryAndMeta)), KiloBytes(query.Of(FileKind.IndexChunks)), KiloBytes(query.Of(FileKind.FilterChunks)),
                    KiloBytes(query.Of(FileKind.Fragments)), KiloBytes(query.Total));
            }
        }

        return $"""
            Search benchmark, {DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {probe.BrowserVersion}

            {overview}
            Time per build stage (index s = CollectSearchRecords + IndexSearch):

            {stages}
            Downloaded by a first visit to /soeg/?q=<query> until the status line shows, in kB on the wire
            (headers + encoded body; requests in brackets; page = HTML, CSS, search.js; text compressed as
            the browser asks, like Netlify; Pagefind's index files are gzip already):

            {downloads}
            """;
    }

    private static string Whole(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static string KiloBytes(Transfer transfer) =>
        transfer.Requests == 0 ? "0" : $"{(transfer.Bytes / 1000.0).ToString("0.0", CultureInfo.InvariantCulture)} ({transfer.Requests})";

    private sealed class BuildFailedException(string message) : Exception(message);
}
