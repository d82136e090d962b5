using DigitalStrategy.Benchmarks.Synthetic;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Synthetic;

/// <summary>
/// The synthetic sites of the benchmarks (bench/) stand in for real content, so they must be
/// valid content: a build with no errors, and about 100 pages per municipality as documented.
/// </summary>
public sealed class SyntheticSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ds-synthetic-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_generated_municipality_builds_without_errors_into_about_a_hundred_pages()
    {
        var input = Path.Combine(_root, "input");
        SyntheticSite.Generate(input, municipalities: 1, seed: 7);

        var result = await SiteBuilder.RunAsync(new BuildOptions(input, Path.Combine(_root, "output")));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(0, result.ErrorCount);
        Assert.InRange(result.PageCount, 80, 160);
        var pages = Directory.EnumerateFiles(Path.Combine(_root, "output"), "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Path.Combine(_root, "output"), f).Replace('\\', '/'))
            .ToList();
        string[] kinds = ["/bilag/", "/maal/", "/institutioner/", "/skoleaar/", "/tidslinje/", "/ordforklaring/"];
        Assert.All(kinds, kind => Assert.Contains(pages, p => p.Contains(kind, StringComparison.Ordinal) && p.Count(c => c == '/') > 3));
    }

    [Fact]
    public void The_same_seed_writes_the_same_files_and_another_seed_other_files()
    {
        SyntheticSite.Generate(Path.Combine(_root, "a"), municipalities: 2, seed: 11);
        SyntheticSite.Generate(Path.Combine(_root, "b"), municipalities: 2, seed: 11);
        SyntheticSite.Generate(Path.Combine(_root, "c"), municipalities: 2, seed: 12);

        var a = TestSite.Snapshot(Path.Combine(_root, "a"));
        var b = TestSite.Snapshot(Path.Combine(_root, "b"));
        var c = TestSite.Snapshot(Path.Combine(_root, "c"));
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
        Assert.NotEqual(a.Keys, c.Keys);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
