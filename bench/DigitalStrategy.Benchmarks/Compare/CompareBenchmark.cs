using System.Globalization;
using DigitalStrategy.Benchmarks.Compare.Figures;
using DigitalStrategy.Benchmarks.Compare.Hugo;
using DigitalStrategy.Benchmarks.Synthetic;

namespace DigitalStrategy.Benchmarks.Compare;

/// <summary>
/// Issue 9's benchmark: our full build and Hugo's on the same synthetic content, side by side
/// (docs/performance.md). For each size it generates the input, exports it as a Hugo site, and
/// times both builds in turn into fresh folders; for the largest it also weighs the goal pages and
/// times the preview server's rebuild after one saved file.
/// </summary>
public sealed class CompareBenchmark(TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(CompareOptions options)
    {
        RequiredTools tools;
        try
        {
            tools = await RequiredTools.EnsureAsync(output);
        }
        catch (ToolMissingException missing)
        {
            await error.WriteLineAsync($"error: {missing.Message}");
            return 1;
        }

        await output.WriteLineAsync($"Hugo: {tools.HugoVersion}");
        var work = Directory.CreateTempSubdirectory("ds-compare-");

        // Ctrl+C stops the running build and removes the work folder, rather than leaving both behind.
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var cancellationToken = stop.Token;
        try
        {
            await output.WriteLineAsync("Publishing our CLI (Release, ReadyToRun) …");
            var cli = await CliPublisher.PublishAsync(RepositoryRoot.Find(), Path.Combine(work.FullName, "cli"), cancellationToken);
            var sizes = new List<SizeFigures>();
            foreach (var size in options.Sizes)
            {
                var figures = await MeasureSizeAsync(size, options, tools, cli, Path.Combine(work.FullName, $"m{size}"), cancellationToken);
                sizes.Add(figures);
                await output.WriteLineAsync();
                await output.WriteLineAsync(CompareReport.BuildText([figures]));
            }

            var largest = Path.Combine(work.FullName, $"m{options.Sizes[^1]}");
            var weights = GoalPageWeights.Measure(Path.Combine(largest, "out-ours"));
            var preview = await PreviewProbe.MeasureAsync(
                cli, Path.Combine(largest, "input"), work.FullName, sizes[^1].Ours.Pages, CompareOptions.PreviewEdits, output, cancellationToken);

            var heading = Heading(tools, options);
            await output.WriteLineAsync();
            await output.WriteLineAsync(heading);
            await output.WriteLineAsync();
            await output.WriteLineAsync(CompareReport.BuildText(sizes));
            await output.WriteLineAsync($"Goal pages of ours at {options.Sizes[^1]} municipalities, bytes (HTML + every stylesheet and script it links):");
            await output.WriteLineAsync();
            await output.WriteLineAsync(CompareReport.WeightText(weights));
            await output.WriteLineAsync($"Preview (serve) at {options.Sizes[^1]} municipalities, after changing one goal title, ms median (range):");
            await output.WriteLineAsync();
            await output.WriteLineAsync(CompareReport.PreviewText(preview));
            if (options.Markdown is { } markdown)
            {
                await File.WriteAllTextAsync(markdown, Markdown(heading, options, sizes, weights, preview));
                await output.WriteLineAsync($"Wrote the tables to {markdown}.");
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("Stopped.");
            return 130;
        }
        catch (Exception problem) when (problem is InvalidOperationException or InvalidDataException or IOException or TimeoutException
            or FormatException or HttpRequestException or System.ComponentModel.Win32Exception)
        {
            await error.WriteLineAsync($"error: {problem.Message}");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            if (options.Keep)
            {
                await output.WriteLineAsync($"Kept the work folder {work.FullName}.");
            }
            else
            {
                work.Delete(recursive: true);
            }
        }
    }

    private async Task<SizeFigures> MeasureSizeAsync(
        int municipalities, CompareOptions options, RequiredTools tools, string cli, string folder, CancellationToken cancellationToken)
    {
        var input = Path.Combine(folder, "input");
        var generated = SyntheticSite.Generate(input, municipalities, options.Seed);
        var hugoSite = HugoSiteExporter.Export(HugoSiteExporter.Load(input), Path.Combine(folder, "hugo"));
        await output.WriteLineAsync(
            $"{municipalities} municipalities: {generated.Files} source files, exported as {hugoSite.ContentFiles} Hugo content files; warming up, then {options.Runs} runs of each …");

        var cache = Path.Combine(folder, "hugo-cache");
        var ours = new TimedCommand("ours", cli,
            outputFolder => ["build", "--no-search", "--base-url", HugoSiteExporter.BaseUrl, "-i", input, "-o", outputFolder], []);
        var hugo = new TimedCommand("Hugo", tools.Hugo,
            outputFolder => ["--quiet", "--source", hugoSite.Folder, "--destination", outputFolder, "--cacheDir", cache],
            [cache, Path.Combine(hugoSite.Folder, "resources")]);
        var outputs = new Dictionary<TimedCommand, string> { [ours] = Path.Combine(folder, "out-ours"), [hugo] = Path.Combine(folder, "out-hugo") };
        var samples = new Dictionary<TimedCommand, List<RunSample>> { [ours] = [], [hugo] = [] };
        var timeFile = Path.Combine(folder, "time.txt");

        // One unmeasured build of each, so both find the sources and programs in the page cache.
        foreach (var command in new[] { ours, hugo })
        {
            await command.RunAsync(tools.Time, outputs[command], timeFile, cancellationToken);
        }

        for (var round = 0; round < options.Runs; round++)
        {
            // Alternate who goes first, so neither always follows the other's writes.
            var order = round % 2 == 0 ? new[] { ours, hugo } : [hugo, ours];
            foreach (var command in order)
            {
                samples[command].Add(await command.RunAsync(tools.Time, outputs[command], timeFile, cancellationToken));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  run {round + 1}: ours {samples[ours][^1].WallSeconds:0.00} s, Hugo {samples[hugo][^1].WallSeconds:0.00} s"));
        }

        return new SizeFigures(
            municipalities,
            new GeneratorFigures("ours", TimedCommand.CountPages(outputs[ours]), samples[ours]),
            new GeneratorFigures("Hugo", TimedCommand.CountPages(outputs[hugo]), samples[hugo]));
    }

    private static string Heading(RequiredTools tools, CompareOptions options) => string.Create(CultureInfo.InvariantCulture,
        $"Full build, ours (digitalstrategy build --no-search, ReadyToRun) against {tools.HugoVersion.Split(' ').Take(2).LastOrDefault()}; {DateTime.Now:yyyy-MM-dd HH:mm}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, seed {options.Seed}, {options.Runs} runs each after a warm-up");

    private static string Markdown(string heading, CompareOptions options, IReadOnlyList<SizeFigures> sizes, IReadOnlyList<PageWeight> weights, PreviewFigures preview) => $"""
        {heading}.

        {CompareReport.BuildMarkdown(sizes)}
        Goal pages of ours at {options.Sizes[^1]} municipalities, bytes (HTML + every stylesheet and script it links; gzip level 6):

        {CompareReport.WeightMarkdown(weights)}
        Preview (`serve`) at {options.Sizes[^1]} municipalities after changing one goal title, ms, median (range) of {CompareOptions.PreviewEdits} edits:

        {CompareReport.PreviewMarkdown(preview)}
        """;
}
