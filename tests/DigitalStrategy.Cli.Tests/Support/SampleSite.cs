using System.Text;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Cli.Tests.Support;

/// <summary>
/// The sample input (<see cref="SampleInput"/>, possibly changed) in a fresh temp folder, with
/// the command line run over it as an editor would; deleted again when the test is done.
/// </summary>
internal sealed class SampleSite : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public SampleSite(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, Utf8);
        }
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "ds-new-" + Guid.NewGuid().ToString("N"));

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Input, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Input, relativePath));

    /// <summary>Every file of the input with its text, to show that a refused command changed nothing.</summary>
    public Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Input, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>Runs the command line with "--input &lt;this site's input&gt;" added.</summary>
    public async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync([.. args, "--input", Input], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Builds the whole site (without the search index) and asserts that it has no errors; returns the warnings.</summary>
    public async Task<IReadOnlyList<string>> BuildWithoutErrors()
    {
        var (code, stdout, stderr) = await Run("build", "--output", Output, "--no-search");
        Assert.True(code == ExitCodes.Success, $"The site did not build:\n{stdout}{stderr}");
        return [.. stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains(": warning DS", StringComparison.Ordinal))];
    }

    /// <summary>The strategy as the loader reads it now.</summary>
    public Strategy LoadStrategy(string municipalityId, string strategyId)
    {
        var diagnostics = new DiagnosticBag();
        var site = ContentLoader.Load(SourceReader.ReadAll(Input, "input", diagnostics), "input", diagnostics);
        return Assert.Single(site!.Strategies, s => s.MunicipalityId == municipalityId && s.Id == strategyId);
    }

    /// <summary>Asserts that each file starts with its modeline and keeps to its schema.</summary>
    public void ExpectSchemaValid(params string[] relativePaths)
    {
        var verdicts = SchemaValidator.Validate(relativePaths.Select(p => (YamlSchemas.SchemaFor(p)!, Path.Combine(Input, p))));
        foreach (var path in relativePaths)
        {
            Assert.True(verdicts[Path.Combine(Input, path)].Valid, $"{path}: {verdicts[Path.Combine(Input, path)]}");
            if (YamlSchemas.Modeline(path) is { } modeline)
            {
                Assert.Equal(modeline, File.ReadLines(Path.Combine(Input, path)).First());
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
