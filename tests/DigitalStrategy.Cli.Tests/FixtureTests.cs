using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Cli.Tests;

/// <summary>
/// Broken and hostile sources, one folder per kind under Fixtures/. Each folder holds the files it
/// lays over the valid sample site and, in expected.txt, the diagnostics the build must report
/// (as "input/&lt;path&gt;(line,col): error CODE"; other diagnostics may come too).
/// </summary>
public sealed partial class FixtureTests : IDisposable
{
    private const string ExpectedFile = "expected.txt";

    private static readonly string FixturesRoot = RepositoryPaths.Combine("tests", "DigitalStrategy.Cli.Tests", "Fixtures");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "ds-fixture-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Broken => Folders("Broken");

    public static TheoryData<string> Hostile => Folders("Hostile");

    private string Input => Path.Combine(_root, "input");

    private string Output => Path.Combine(_root, "output");

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task A_broken_source_fails_the_build_at_its_place_and_keeps_the_last_good_site(string fixture)
    {
        var lastGoodSite = await BuildSample();
        Overlay(fixture);

        var (code, stdout, stderr) = await Run("build", "--input", Input, "--output", Output);

        Assert.True(code == ExitCodes.SourceErrors, $"Exit code {code}, expected {ExitCodes.SourceErrors}.\n{stdout}{stderr}");
        ExpectDiagnostics("Broken", fixture, stderr);
        ExpectNoCrash(stdout + stderr);
        Assert.Equal(lastGoodSite, Snapshot());
        Assert.Equal(["input", "output"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Script_in_a_source_is_a_warning_and_never_reaches_a_page_as_something_that_runs(string fixture)
    {
        await BuildSample();
        Overlay(fixture);

        var (code, stdout, stderr) = await Run("build", "--input", Input, "--output", Output);

        Assert.True(code == ExitCodes.Success, $"Exit code {code}, expected {ExitCodes.Success}.\n{stdout}{stderr}");
        ExpectDiagnostics("Hostile", fixture, stderr);
        ExpectNoCrash(stdout + stderr);
        var pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Output, p), File.ReadAllText);
        Assert.Contains(pages.Values, html => html.Contains("&lt;script&gt;", StringComparison.Ordinal));
        Assert.All(pages, page =>
        {
            Assert.DoesNotMatch(InlineOrForeignScript(), page.Value);
            Assert.DoesNotMatch(HandlerAttribute(), page.Value);
            Assert.DoesNotMatch(ScriptAddress(), page.Value);
        });
    }

    [Fact]
    public void Each_kind_of_broken_source_has_a_fixture_with_its_expected_diagnostics()
    {
        var kinds = Names("Broken");

        Assert.True(kinds.Count >= 12, $"Only {kinds.Count} broken fixtures.");
        Assert.All(kinds.Concat(Names("Hostile")), kind =>
        {
            var folder = Path.Combine(FixturesRoot, kind);
            Assert.NotEmpty(ReadExpected(folder));
            Assert.Contains(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), f => Path.GetFileName(f) != ExpectedFile);
        });
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static TheoryData<string> Folders(string set) => [.. Names(set)];

    /// <summary>The fixtures of a set, as "Broken/01-yaml-syntax": the folder is the list, so a new folder is a new test.</summary>
    private static List<string> Names(string set) =>
        [.. Directory.EnumerateDirectories(Path.Combine(FixturesRoot, set))
            .Select(d => $"{set}/{Path.GetFileName(d)}")
            .Order(StringComparer.Ordinal)];

    /// <summary>Builds the valid sample into the output folder and returns a hash of every file written.</summary>
    private async Task<Dictionary<string, string>> BuildSample()
    {
        foreach (var (path, text) in SampleInput.Files())
        {
            var full = Path.Combine(Input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllTextAsync(full, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var (code, stdout, stderr) = await Run("build", "--input", Input, "--output", Output);
        Assert.True(code == ExitCodes.Success, $"The sample site did not build:\n{stdout}{stderr}");
        return Snapshot();
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(
                f => Path.GetRelativePath(Output, f).Replace('\\', '/'),
                f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))),
                StringComparer.Ordinal);

    /// <summary>Copies the fixture's files byte for byte over the input, so that broken encodings stay broken.</summary>
    private void Overlay(string fixture)
    {
        var folder = Path.Combine(FixturesRoot, fixture);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (relative == ExpectedFile)
            {
                continue;
            }

            Assert.True(relative != "site.yml", "A fixture must not replace site.yml: it would hide later changes to the sample's site.yml.");
            var target = Path.Combine(Input, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private void ExpectDiagnostics(string set, string fixture, string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.TrimEntries);
        foreach (var expected in ReadExpected(Path.Combine(FixturesRoot, fixture)))
        {
            // The fixture names the input folder "input", as editors see it; the test's is a temp folder.
            var actual = Input.Replace('\\', '/') + expected["input".Length..] + ":";
            Assert.True(lines.Any(l => l.StartsWith(actual, StringComparison.Ordinal)),
                $"{set} fixture {fixture}: expected '{expected}', got:\n{stderr}");
        }
    }

    private static List<string> ReadExpected(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, ExpectedFile))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        Assert.All(lines, l => Assert.Matches(ExpectedLine(), l));
        return lines;
    }

    private static void ExpectNoCrash(string output)
    {
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), output);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"^input/\S+\(\d+,\d+\): (error|warning) DS\d{4}$")]
    private static partial Regex ExpectedLine();

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    /// <summary>A script element that is not a file of the site's own: inline code or another origin.</summary>
    [GeneratedRegex(@"<script\b(?![^>]*\ssrc=""/[^/])", RegexOptions.IgnoreCase)]
    private static partial Regex InlineOrForeignScript();

    /// <summary>An attribute whose name starts with "on" inside a real tag (escaped text has no '&lt;').</summary>
    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HandlerAttribute();

    [GeneratedRegex(@"<[a-z][^>]*\s(href|src|action|formaction)\s*=\s*[""']?\s*(javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptAddress();
}
