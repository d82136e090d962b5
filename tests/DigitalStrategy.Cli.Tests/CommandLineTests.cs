using System.Text.RegularExpressions;

namespace DigitalStrategy.Cli.Tests;

/// <summary>The command line as an editor or CI uses it: exit codes, messages, and what it writes.</summary>
public sealed partial class CommandLineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ds-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests()
    {
        CopyDirectory(RepositoryPaths.Input, Input);
    }

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "output");

    [Fact]
    public async Task Build_writes_the_site_and_exits_0()
    {
        var (code, stdout, stderr) = await Run("build", "--input", Input, "--output", Output, "--base-url", "https://strategier.example.dk/");

        Assert.Equal(ExitCodes.Success, code);
        Assert.All(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.Contains(": warning DS", line, StringComparison.Ordinal));
        Assert.Matches(@"^Built \d+ pages into ", stdout);
        var strategyPage = await File.ReadAllTextAsync(Path.Combine(Output, "lemvig/digitaliseringsplan/index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://strategier.example.dk/lemvig/digitaliseringsplan/\">", strategyPage, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "pagefind", "pagefind.js")), "The build writes the search index.");
    }

    [Fact]
    public async Task Build_with_no_search_skips_the_search_index()
    {
        var (code, _, _) = await Run("build", "--input", Input, "--output", Output, "--no-search");

        Assert.Equal(ExitCodes.Success, code);
        Assert.True(File.Exists(Path.Combine(Output, "soeg", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
        Assert.Empty(Directory.EnumerateFiles(Output, "*.pdf", SearchOption.AllDirectories));
        Assert.DoesNotContain("Hent som PDF", await File.ReadAllTextAsync(Path.Combine(Output, "lemvig/digitaliseringsplan/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_with_pdf_writes_a_pdf_of_each_print_view_and_links_it()
    {
        var (code, _, _) = await Run("build", "--input", Input, "--output", Output, "--no-search", "--pdf");

        Assert.Equal(ExitCodes.Success, code);
        var pdf = Path.Combine(Output, "lemvig/digitaliseringsplan/bilag/2021-22/print/lemvig-digitaliseringsplan-2021-22.pdf");
        Assert.True(File.Exists(pdf), "The appendix's print view is rendered to a PDF.");
        Assert.True(File.Exists(Path.Combine(Output, "lemvig/digitaliseringsplan/print/lemvig-digitaliseringsplan.pdf")), "So is the whole strategy's.");
        var appendixPage = await File.ReadAllTextAsync(Path.Combine(Output, "lemvig/digitaliseringsplan/bilag/2021-22/index.html"));
        Assert.Contains("href=\"/lemvig/digitaliseringsplan/bilag/2021-22/print/lemvig-digitaliseringsplan-2021-22.pdf\"", appendixPage, StringComparison.Ordinal);
        Assert.Contains(">Hent som PDF</a>", appendixPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_with_errors_exits_1_prints_every_error_and_keeps_the_last_good_site()
    {
        Assert.Equal(ExitCodes.Success, (await Run("build", "--input", Input, "--output", Output)).Code);
        var before = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var focusArea = Path.Combine(Input, "lemvig/digitaliseringsplan/focus-areas/04-kommunikation.yml");
        await File.WriteAllTextAsync(focusArea, (await File.ReadAllTextAsync(focusArea)).Replace("goals: [digitale-platforme-udnyttes-optimalt]", "goals: [digitale-platforme]"));
        await File.WriteAllTextAsync(Path.Combine(Input, "lemvig/digitaliseringsplan/appendices/2023-24.yml"), "school_year: 2023-2024\ntitle: Næste år\n");

        var (code, _, stderr) = await Run("build", "--input", Input, "--output", Output);

        Assert.Equal(ExitCodes.SourceErrors, code);
        var errors = stderr.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, errors.Count);
        Assert.All(errors, line => Assert.Matches(DiagnosticLine(), line));
        Assert.Contains(errors, l => l.Contains("04-kommunikation.yml(", StringComparison.Ordinal) && l.Contains("error DS0009", StringComparison.Ordinal));
        Assert.Contains(errors, l => l.Contains("2023-24.yml(1,14): error DS0010", StringComparison.Ordinal));
        Assert.Contains("was not changed", stderr, StringComparison.Ordinal);
        Assert.All(before, entry => Assert.Equal(entry.Value, File.ReadAllBytes(entry.Key)));
        Assert.Equal(before.Count, Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task Check_reports_errors_with_exit_1_and_writes_nothing()
    {
        await File.WriteAllTextAsync(Path.Combine(Input, "lemvig/digitaliseringsplan/chapters/05-uden-felter.md"), "# Kapitel uden front matter\n");

        var (code, _, stderr) = await Run("check", "--input", Input);

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Contains("05-uden-felter.md(1,1): error DS0003:", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Check_of_valid_sources_exits_0()
    {
        var (code, stdout, _) = await Run("check", "--input", Input);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("Checked ", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("publish")]
    [InlineData("build", "--base-url", "not-a-url")]
    [InlineData("check", "--pdf")]
    [InlineData("build", "--pdf", "yes-please")]
    [InlineData]
    public async Task Wrong_usage_exits_2(params string[] args)
    {
        var (code, _, _) = await Run(args);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        var (code, stdout, _) = await Run("--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("build", stdout, StringComparison.Ordinal);
        Assert.Contains("check", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_help_explains_pdf()
    {
        var (code, stdout, _) = await Run("build", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--pdf", stdout, StringComparison.Ordinal);
        Assert.Contains("to a PDF with Chromium", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_as_json_gives_every_error_and_warning_in_one_document()
    {
        var strategy = Path.Combine(Input, "lemvig/digitaliseringsplan/strategy.yml");
        await File.WriteAllTextAsync(strategy, (await File.ReadAllTextAsync(strategy)).Replace("\nowner: ", "\nownr: ", StringComparison.Ordinal));
        var focusArea = Path.Combine(Input, "herning/faelles-it-strategi-2016-2020/focus-areas/03-laering.yml");
        await File.WriteAllTextAsync(focusArea, (await File.ReadAllTextAsync(focusArea)).Replace("\ntitle: ", "\ntitel: ", StringComparison.Ordinal));

        var (code, stdout, stderr) = await Run("check", "--input", Input, "--format", "json");

        Assert.Equal(ExitCodes.SourceErrors, code);
        Assert.Equal("", stderr);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(root.GetProperty("errors").GetInt32(), diagnostics.Count(d => d.GetProperty("severity").GetString() == "error"));
        Assert.Equal(root.GetProperty("warnings").GetInt32(), diagnostics.Count(d => d.GetProperty("severity").GetString() == "warning"));
        var typo = Assert.Single(diagnostics, d => d.GetProperty("message").GetString()!.Contains("'ownr'", StringComparison.Ordinal));
        Assert.Equal("DS0005", typo.GetProperty("code").GetString());
        Assert.EndsWith("lemvig/digitaliseringsplan/strategy.yml", typo.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.True(typo.GetProperty("line").GetInt32() > 1);
        Assert.Equal(1, typo.GetProperty("column").GetInt32());
        Assert.Contains(diagnostics, d => d.GetProperty("message").GetString()!.Contains("'titel'", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetProperty("severity").GetString() == "warning");
        Assert.Contains("Mente du 'owner'?", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_for_github_writes_one_annotation_per_diagnostic()
    {
        var strategy = Path.Combine(Input, "lemvig/digitaliseringsplan/strategy.yml");
        await File.WriteAllTextAsync(strategy, (await File.ReadAllTextAsync(strategy)).Replace("\nowner: ", "\nownr: ", StringComparison.Ordinal));

        var (code, stdout, _) = await Run("check", "--input", Input, "--format", "github");

        Assert.Equal(ExitCodes.SourceErrors, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(@"^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=DS\d{4}::", line));
        Assert.Contains(lines, line => line.StartsWith("::error file=", StringComparison.Ordinal) && line.Contains("strategy.yml,line=", StringComparison.Ordinal) && line.Contains("'ownr'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_help_explains_the_preview_without_starting_it()
    {
        var (code, stdout, _) = await Run("serve", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("--port", stdout, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "otte")]
    [InlineData("--port", "70000")]
    public async Task Serve_rejects_a_port_that_is_not_one(string option, string value)
    {
        var (code, _, stderr) = await Run("serve", "--input", Input, option, value);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("error:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_says_when_the_input_folder_is_missing()
    {
        var (code, _, stderr) = await Run("serve", "--input", Path.Combine(_root, "findes-ikke"), "--port", "0");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }


    [GeneratedRegex(@"^.+\(\d+,\d+\): error DS\d{4}: .+$")]
    private static partial Regex DiagnosticLine();
}
