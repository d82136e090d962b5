using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Content.Loading;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>
/// The preview server rebuilds with a content cache after each change; every page, file and
/// finding must be what a build without the cache gives for the same sources.
/// </summary>
public sealed class ContentCacheBuildTests
{
    private const string FocusArea = "testby/plan/focus-areas/01-laering-og-trivsel.yml";

    private static readonly DateOnly Today = new(2026, 11, 21);

    [Fact]
    public async Task A_rebuild_with_the_cache_after_one_changed_file_builds_what_a_fresh_build_does()
    {
        using var site = TestSite.Create(SampleSources.Minimal());
        var cache = new ContentCache();
        await BuildInMemoryAsync(site, cache);
        site.Write(new Dictionary<string, string>
        {
            [FocusArea] = """
                id: laering-og-trivsel
                title: Læring, trivsel og fællesskab
                target_groups: [børn, forældre]
                goals:
                  - id: laering
                    title: Børn lærer med digitale værktøjer.
                  - id: trivsel
                    title: Børn trives online.
                    target_groups: [unge]
                  - id: faellesskab
                    title: Børn er en del af fællesskabet online.
                actions:
                  - id: kurser
                    text: Vi holder **kurser** for pædagoger.
                    goals: [laering, faellesskab, trivsel]
                """,
        });

        var cached = await BuildInMemoryAsync(site, cache);
        var fresh = await BuildInMemoryAsync(site, cache: null);

        Assert.Equal(fresh.Diagnostics, cached.Diagnostics);
        Assert.NotNull(fresh.Files);
        Assert.NotNull(cached.Files);
        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), cached.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(fresh.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(cached.Files[file.Key]), $"{file.Key} differs."));
        Assert.Contains("testby/plan/maal/faellesskab/index.html", cached.Files.Keys);
    }

    private static Task<BuildResult> BuildInMemoryAsync(TestSite site, ContentCache? cache) =>
        SiteBuilder.RunAsync(new BuildOptions(site.Input, OutputDirectory: "", WriteFiles: false, Today: Today, InMemory: true, ContentCache: cache));
}
