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
