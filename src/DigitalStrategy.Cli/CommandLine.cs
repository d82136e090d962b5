using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Cli.Scaffolding;

namespace DigitalStrategy.Cli;

/// <summary>Parses the arguments and calls the build; nothing else happens here.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var input = new Option<string>("--input", "-i") { Description = "Folder with the sources (YAML and Markdown).", DefaultValueFactory = _ => "input" };
        var outputDir = new Option<string>("--output", "-o") { Description = "Folder to write the site to. Replaced only when the build succeeds.", DefaultValueFactory = _ => "output" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Published address of the site, e.g. https://strategier.example.dk/. Overrides base_url in site.yml." };
        baseUrl.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                result.AddError($"--base-url must be an absolute http(s) address, not '{value}'.");
            }
        });

        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (Pagefind, which needs Node.js); the search page then finds nothing." };
        var pdf = new Option<bool>("--pdf") { Description = "Also render each print view (whole strategy, each annual appendix) to a PDF with Chromium." };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took (docs/performance.md)." };
        var build = new Command("build", "Build the whole site from the sources into the output folder.") { input, outputDir, baseUrl, noSearch, pdf, timings };
        var format = new Option<DiagnosticFormat>("--format") { Description = "How to report: text (default), json (one document on stdout, for tools), or github (annotations in GitHub Actions).", DefaultValueFactory = _ => DiagnosticFormat.Text };
        var check = new Command("check", "Validate the sources and report every problem, errors and warnings, at once; writes nothing.") { input, format };
        var serve = new ServeCommand(input, baseUrl);
        var root = new RootCommand("Publishes municipal digitalisation strategies as an accessible static web site.") { build, check, serve.Command, NewCommand.Create(output, error) };

        var parse = root.Parse(args, new ParserConfiguration());
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}");
            }

            await error.WriteLineAsync("Run with --help to see the commands and options.");
            return ExitCodes.WrongUsage;
        }

        // 'build --help' shows the options of build; it must not start a build.
        var wantsHelp = parse.Action is HelpAction;
        if (parse.CommandResult.Command == build && !wantsHelp)
        {
            var options = new BuildOptions(parse.GetValue(input)!, parse.GetValue(outputDir)!, parse.GetValue(baseUrl), Search: !parse.GetValue(noSearch), Pdf: parse.GetValue(pdf));
            return await RunBuildAsync(options, output, error, parse.GetValue(timings));
        }

        if (parse.CommandResult.Command == check && !wantsHelp)
        {
            var options = new BuildOptions(parse.GetValue(input)!, OutputDirectory: "", WriteFiles: false);
            return parse.GetValue(format) switch
            {
                DiagnosticFormat.Json => await RunCheckAsync(options, output, r => [DiagnosticWriter.Json(r)]),
                DiagnosticFormat.GitHub => await RunCheckAsync(options, output, r => r.Diagnostics.Select(DiagnosticWriter.GitHub)),
                _ => await RunBuildAsync(options, output, error),
            };
        }

        if (parse.CommandResult.Command == serve.Command && !wantsHelp)
        {
            return await serve.RunAsync(parse, output, error, CancellationToken.None);
        }

        // --help, --version, or no command at all.
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return parse.CommandResult.Command == root && !args.Any(a => a is "--help" or "-h" or "-?" or "--version")
            ? ExitCodes.WrongUsage
            : code;
    }

    /// <summary>'check' for tools: everything goes to stdout in the chosen format, and the exit code says whether there were errors.</summary>
    private static async Task<int> RunCheckAsync(BuildOptions options, TextWriter output, Func<BuildResult, IEnumerable<string>> format)
    {
        var result = await SiteBuilder.RunAsync(options);
        foreach (var line in format(result))
        {
            await output.WriteLineAsync(line);
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.SourceErrors;
    }

    private static async Task<int> RunBuildAsync(BuildOptions options, TextWriter output, TextWriter error, bool timings = false)
    {
        var result = await SiteBuilder.RunAsync(options);
        foreach (var diagnostic in result.Diagnostics)
        {
            await error.WriteLineAsync(diagnostic.ToString());
        }

        var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var kept = options.WriteFiles ? $" {options.OutputDirectory} was not changed." : "";
            await error.WriteLineAsync($"Failed: {result.ErrorCount} error(s), {result.WarningCount} warning(s).{kept}");
            return ExitCodes.SourceErrors;
        }

        var done = options.WriteFiles
            ? $"Built {result.PageCount} pages into {options.OutputDirectory} in {seconds} s"
            : $"Checked {result.PageCount} pages in {seconds} s: no errors";
        await output.WriteLineAsync($"{done}, {result.WarningCount} warning(s).");
        if (timings)
        {
            foreach (var stage in result.StageTimings)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{stage.Stage,-30} {stage.Elapsed.TotalMilliseconds,8:0} ms"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Garbage collections: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms"));
        }

        return ExitCodes.Success;
    }
}
