using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// A site built from inline source files in a temporary folder, in the manner of Hugo's
/// integration tests: write the files, build, assert on what lands in the output folder.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public static TestSite Create(IReadOnlyDictionary<string, string> files)
    {
        var site = new TestSite(Path.Combine(Path.GetTempPath(), "ds-test-" + Guid.NewGuid().ToString("N")));
        site.Write(files);
        return site;
    }

    /// <summary>Writes (or overwrites) source files, given by path relative to input/.</summary>
    public void Write(IReadOnlyDictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(Input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    public Task<BuildResult> BuildAsync(string? output = null) =>
        SiteBuilder.RunAsync(new BuildOptions(Input, output ?? Output));

    public Task<BuildResult> CheckAsync() =>
        SiteBuilder.RunAsync(new BuildOptions(Input, Output, WriteFiles: false));

    /// <summary>Parses the written page at a site address such as "/testby/plan/".</summary>
    public IDocument Page(string url) => new HtmlParser().ParseDocument(File.ReadAllText(FileOf(url)));

    public string FileOf(string url) =>
        Path.Combine(Output, url.TrimStart('/') + (url.EndsWith('/') ? "index.html" : ""));

    /// <summary>Every written file with its bytes, for comparing two states of the output folder.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
