using System.Text.Json;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Search;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Tests.Stages;

/// <summary>The search index is built with Pagefind into the site, or the build fails and the last good site stays.</summary>
public sealed class IndexSearchTests
{
    [Fact]
    public async Task The_index_holds_one_result_per_record_and_only_the_files_the_search_page_uses()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Search: true, ToolsDirectory: RepositoryPaths.Root));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var index = Path.Combine(site.Output, PagefindIndexer.IndexFolder);
        Assert.True(File.Exists(Path.Combine(index, "pagefind.js")));
        Assert.NotEmpty(Directory.EnumerateFiles(index, "wasm.da.pagefind"));
        Assert.Empty(Directory.EnumerateFiles(index, "pagefind-*ui*"));
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(index, "pagefind-entry.json")));
        var danish = entry.RootElement.GetProperty("languages").GetProperty("da");

        // Two goals, four actions and one chapter.
        Assert.Equal(7, danish.GetProperty("page_count").GetInt32());
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, ".output-staging-*"));
    }

    [Fact]
    public async Task Without_the_tools_the_build_fails_with_a_clear_message_and_keeps_the_last_good_site()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        await site.BuildAsync();
        var before = TestSite.Snapshot(site.Output);
        var noTools = Directory.CreateTempSubdirectory("ds-no-tools-");
        try
        {
            var result = await SiteBuilder.RunAsync(new BuildOptions(site.Input, site.Output, Search: true, ToolsDirectory: noTools.FullName));

            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal(DiagnosticCodes.SearchIndexFailed, error.Code);
            Assert.Contains("package-lock.json med Pagefind", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, TestSite.Snapshot(site.Output));
            Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, ".output-staging-*"));
        }
        finally
        {
            noTools.Delete(recursive: true);
        }
    }
}
