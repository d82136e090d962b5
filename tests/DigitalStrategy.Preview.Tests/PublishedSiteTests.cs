using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Tests.Support;
using DigitalStrategy.Preview.Tests.Support;

namespace DigitalStrategy.Preview.Tests;

/// <summary>The reload script and the error panel exist only in preview: the published site never carries them.</summary>
public sealed class PublishedSiteTests
{
    [Fact]
    public async Task A_built_site_has_no_trace_of_the_preview()
    {
        using var site = new TempSite(SampleInput.Files());
        var output = Path.Combine(site.Root, "output");

        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, output));

        Assert.True(result.Succeeded);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(files, f => f.EndsWith(".html", StringComparison.Ordinal));
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("__preview", text, StringComparison.Ordinal);
            Assert.DoesNotContain("EventSource", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_preview_serves_the_same_pages_as_the_build_writes()
    {
        using var site = new TempSite(SampleInput.Files());
        var output = Path.Combine(site.Root, "output");
        await SiteBuilder.RunAsync(new BuildOptions(site.Input, output));

        var preview = await SiteBuilder.RunAsync(new BuildOptions(site.Input, "", WriteFiles: false, InMemory: true));

        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(written, preview.Files!.Keys.Order(StringComparer.Ordinal));
        Assert.All(preview.Files, file => Assert.Equal(File.ReadAllBytes(Path.Combine(output, file.Key)), file.Value));
    }
}
