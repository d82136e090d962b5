using System.Diagnostics;
using DigitalStrategy.Build.Rendering;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Pipeline;

/// <summary>How long one stage of the recipe took, named by its class (e.g. IndexSearch).</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed);

/// <summary>The outcome of a build or check, with the time of each stage that ran, in order.</summary>
public sealed record BuildResult(
    bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int PageCount, TimeSpan Elapsed, IReadOnlyList<StageTiming> StageTimings)
{
    /// <summary>The built site by output path, with BuildOptions.InMemory and no errors; otherwise null.</summary>
    public IReadOnlyDictionary<string, byte[]>? Files { get; init; }

    /// <summary>Every page of the site as planned, with BuildOptions.InMemory and no errors; the preview makes those not in <see cref="Files"/> on demand.</summary>
    public IReadOnlyList<Page>? Pages { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}

/// <summary>Runs the stages of <see cref="BuildRecipe"/> in order.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var context = new BuildContext(options);
        var timings = new List<StageTiming>();
        await using var renderer = new PageRenderer();
        try
        {
            foreach (var stage in BuildRecipe.Stages(options, renderer))
            {
                if (context.Diagnostics.HasErrors && !stage.RunsAfterErrors)
                {
                    break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var started = stopwatch.Elapsed;
                await stage.RunAsync(context, cancellationToken);
                timings.Add(new StageTiming(stage.GetType().Name, stopwatch.Elapsed - started));
            }
        }
        finally
        {
            // A staged site that was not published (an error after writing) is removed.
            if (context.StagedOutput is { } staged)
            {
                await staged.DisposeAsync();
            }
        }

        var diagnostics = context.Diagnostics.Sorted();
        var succeeded = !context.Diagnostics.HasErrors;
        return new BuildResult(succeeded, diagnostics, context.RenderedPages.Count, stopwatch.Elapsed, timings)
        {
            Files = succeeded ? context.SiteFiles : null,
            Pages = succeeded && context.SiteFiles is not null ? context.Pages : null,
        };
    }
}
