using System.CommandLine;
using DigitalStrategy.Benchmarks.Search;
using DigitalStrategy.Benchmarks.Synthetic;

namespace DigitalStrategy.Benchmarks;

/// <summary>The benchmark's commands: `generate` writes a synthetic input folder, `search` measures the search.</summary>
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

        var generate = new Command("generate", "Write a synthetic input folder shaped like input/, in Danish-like text.") { municipalities, outDir, seed };
        var search = new Command("search", "Build the real and a synthetic site with search, and measure index time, size and what a browser downloads.") { municipalities, seed, queries };
        var root = new RootCommand("Benchmarks of the digital-strategy site generator.") { generate, search };

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
                return 0;
            }
            catch (IOException problem)
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

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
