using System.CommandLine;
using DigitalStrategy.Benchmarks.Compare;
using DigitalStrategy.Benchmarks.Compare.Hugo;
using DigitalStrategy.Benchmarks.Search;
using DigitalStrategy.Benchmarks.Synthetic;

namespace DigitalStrategy.Benchmarks;

/// <summary>
/// The benchmark's commands: `generate` writes a synthetic input folder, `search` measures the
/// search, `compare` times our build against Hugo's on the same content.
/// </summary>
public static class BenchCommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var municipalities = new Option<int>("--municipalities", "-m") { Description = "Number of synthetic municipalities; one is about 100 pages.", DefaultValueFactory = _ => 100 };
        municipalities.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--municipalities must be at least 1.");
            }
        });
        var outDir = new Option<string>("--out", "-o") { Description = "Folder to write the synthetic input to; must be new or empty.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator; the same seed writes the same files.", DefaultValueFactory = _ => SyntheticSite.DefaultSeed };
        var queries = new Option<string[]>("--query", "-q") { Description = "A word to search for; repeat for several.", DefaultValueFactory = _ => SearchBenchmark.DefaultQueries };
        var sizes = new Option<string>("--municipalities", "-m") { Description = "Sizes to compare, as numbers of synthetic municipalities separated by commas.", DefaultValueFactory = _ => CompareOptions.DefaultSizes };
        sizes.Validators.Add(result =>
        {
            if (CompareOptions.ParseSizes(result.GetValueOrDefault<string>() ?? "") is null)
            {
                result.AddError("--municipalities must be whole numbers of at least 1 separated by commas, e.g. 1,10,100.");
            }
        });
        var runs = new Option<int>("--runs") { Description = "Timed builds of each generator at each size, after one warm-up.", DefaultValueFactory = _ => CompareOptions.DefaultRuns };
        runs.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--runs must be at least 1.");
            }
        });
        var markdown = new Option<string?>("--markdown") { Description = "Also write the results as Markdown tables to this file (for docs/performance.md)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the work folder with the inputs, the Hugo sites and the outputs." };

        var hugoDir = new Option<string?>("--hugo") { Description = "Also write the content as the Hugo site `compare` builds, into this new or empty folder." };
        var generate = new Command("generate", "Write a synthetic input folder shaped like input/, in Danish-like text.") { municipalities, outDir, seed, hugoDir };
        var search = new Command("search", "Build the real and a synthetic site with search, and measure index time, size and what a browser downloads.") { municipalities, seed, queries };
        var compare = new Command("compare", "Build the same synthetic content with ours and with Hugo, in turn, and compare time, memory and pages (docs/performance.md).") { sizes, runs, seed, markdown, keep };
        var root = new RootCommand("Benchmarks of the digital-strategy site generator.") { generate, search, compare };

        var parse = root.Parse(args, new ParserConfiguration());
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            return 2;
        }

        if (parse.CommandResult.Command == generate)
        {
            try
            {
                var site = SyntheticSite.Generate(parse.GetValue(outDir)!, parse.GetValue(municipalities), parse.GetValue(seed));
                await output.WriteLineAsync($"Wrote {site.Files} files for {site.Municipalities} municipalities into {site.Folder}.");
                if (parse.GetValue(hugoDir) is { } hugoFolder)
                {
                    var hugo = HugoSiteExporter.Export(HugoSiteExporter.Load(site.Folder), hugoFolder);
                    await output.WriteLineAsync($"Wrote the Hugo site ({hugo.ContentFiles} content files) into {hugo.Folder}.");
                }

                return 0;
            }
            catch (Exception problem) when (problem is IOException or InvalidDataException)
            {
                await error.WriteLineAsync($"error: {problem.Message}");
                return 1;
            }
        }

        if (parse.CommandResult.Command == search)
        {
            var benchmark = new SearchBenchmark(output, parse.GetValue(queries)!);
            return await benchmark.RunAsync(parse.GetValue(municipalities), parse.GetValue(seed));
        }

        if (parse.CommandResult.Command == compare)
        {
            var options = new CompareOptions(CompareOptions.ParseSizes(parse.GetValue(sizes)!)!, parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(markdown), parse.GetValue(keep));
            return await new CompareBenchmark(output, error).RunAsync(options);
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
