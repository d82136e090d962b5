using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.Pipeline;

/// <summary>The per-stage timings the benchmark (bench/) prints to show where a build spends its time.</summary>
public sealed class StageTimingsTests
{
    [Fact]
    public async Task A_build_times_every_stage_of_the_recipe_in_order()
    {
        using var site = TestSite.Create(SampleSources.Minimal());

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        await using var renderer = new PageRenderer();
        var recipe = BuildRecipe.Stages(new BuildOptions(site.Input, site.Output), renderer).Select(s => s.GetType().Name);
        Assert.Equal(recipe, result.StageTimings.Select(t => t.Stage));
        Assert.All(result.StageTimings, t => Assert.True(t.Elapsed >= TimeSpan.Zero, $"{t.Stage} took {t.Elapsed}"));
        Assert.True(
            result.StageTimings.Sum(t => t.Elapsed.Ticks) <= result.Elapsed.Ticks,
            "the stages together cannot take longer than the whole build");
    }

    [Fact]
    public async Task A_failed_build_times_only_the_stages_that_ran()
    {
        var files = SampleSources.Minimal();
        files["testby/plan/appendices/2021-22.yml"] = files["testby/plan/appendices/2021-22.yml"].Replace("goals: [laering]", "goals: [findes-ikke]");
        using var site = TestSite.Create(files);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var stages = result.StageTimings.Select(t => t.Stage).ToList();
        Assert.Contains("ResolveReferences", stages);
        Assert.DoesNotContain("RenderPages", stages);
        Assert.DoesNotContain("WriteOutput", stages);
    }
}
