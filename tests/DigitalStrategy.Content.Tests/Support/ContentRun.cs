using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;
using DigitalStrategy.Content.Validation;

namespace DigitalStrategy.Content.Tests.Support;

/// <summary>
/// One run over an input folder, the way a build does it: read the files, load the model, check the
/// references. The folder is written from inline texts into a fresh temp folder and deleted again.
/// </summary>
internal sealed class ContentRun
{
    /// <summary>How the input folder is named in diagnostics, as the CLI names it.</summary>
    public const string DisplayRoot = "input";

    private ContentRun(IReadOnlyList<SourceFile> files, Site? site, IReadOnlyList<Diagnostic> diagnostics)
    {
        Files = files;
        Site = site;
        Diagnostics = diagnostics;
    }

    public IReadOnlyList<SourceFile> Files { get; }

    public Site? Site { get; }

    /// <summary>Every diagnostic of the run, in <see cref="DiagnosticBag.Sorted"/> order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The site, which must have loaded.</summary>
    public Site LoadedSite
    {
        get
        {
            Assert.True(Site is not null, "The site did not load:\n" + Listing());
            return Site!;
        }
    }

    /// <summary>The one strategy of the input.</summary>
    public Strategy Strategy => Assert.Single(LoadedSite.Strategies);

    /// <summary>The name of a source in diagnostics: "input/&lt;relative path&gt;".</summary>
    public static string Display(string relativePath) => $"{DisplayRoot}/{relativePath}";

    public static ContentRun Of(IReadOnlyDictionary<string, string> texts) => Of(texts, new Dictionary<string, byte[]>());

    /// <param name="texts">Relative path to file text, written as UTF-8.</param>
    /// <param name="bytes">Relative path to raw file content, for files that must not be UTF-8.</param>
    public static ContentRun Of(IReadOnlyDictionary<string, string> texts, IReadOnlyDictionary<string, byte[]> bytes)
    {
        using var input = new TempDirectory();
        foreach (var (path, text) in texts)
        {
            input.WriteText(path, text);
        }

        foreach (var (path, content) in bytes)
        {
            input.WriteBytes(path, content);
        }

        var diagnostics = new DiagnosticBag();
        var files = SourceReader.ReadAll(input.Root, DisplayRoot, diagnostics);
        var site = ContentLoader.Load(files, DisplayRoot, diagnostics);
        if (site is not null)
        {
            ReferenceValidator.Validate(site, diagnostics);
        }

        return new ContentRun(files, site, diagnostics.Sorted());
    }

    /// <summary>
    /// Asserts that exactly one diagnostic with <paramref name="code"/> stands at the given place
    /// (relative path, line and, when given, column) with the given severity, and returns it so the
    /// test can check its message.
    /// </summary>
    public Diagnostic Expect(string code, string relativePath, int line, int? column = null, Severity severity = Severity.Error)
    {
        var path = Display(relativePath);
        var matches = Diagnostics
            .Where(d => d.Code == code && d.Location.Path == path && d.Location.Line == line
                && (column is null || d.Location.Column == column))
            .ToList();
        if (matches.Count != 1)
        {
            Assert.Fail($"Expected one {code} at {path}({line},{column?.ToString() ?? "*"}), found {matches.Count}. All diagnostics:\n{Listing()}");
        }

        Assert.Equal(severity, matches[0].Severity);
        return matches[0];
    }

    public void ExpectNoErrors()
    {
        if (Errors.Any())
        {
            Assert.Fail("Expected no errors, got:\n" + Listing());
        }
    }

    public void ExpectNoDiagnostics()
    {
        if (Diagnostics.Count > 0)
        {
            Assert.Fail("Expected no diagnostics, got:\n" + Listing());
        }
    }

    public string Listing() => Diagnostics.Count == 0 ? "(none)" : string.Join('\n', Diagnostics);
}
