using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>Swaps the staged site in as the output folder: the last good site stays until the new one is complete.</summary>
public sealed class PublishOutput : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var folder = context.StagedOutput ?? throw new InvalidOperationException("The site was not written.");
        folder.Commit();
        return Task.CompletedTask;
    }
}
