using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Chooses where pages go as they are rendered: a staging folder beside the output folder (build;
/// <see cref="PublishOutput"/> swaps it in when everything has succeeded), memory (preview), or
/// nowhere (check).
/// </summary>
public sealed class BeginOutput : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (context.Options.WriteFiles)
        {
            var folder = OutputFolder.Begin(context.Options.OutputDirectory);
            context.StagedOutput = folder;
            context.PageStore = folder;
        }
        else
        {
            context.PageStore = context.Options.InMemory ? new MemoryPageStore() : new DiscardingPageStore();
        }

        return Task.CompletedTask;
    }
}
