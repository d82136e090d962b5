using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Build.Stages;

/// <summary>Reads every source file of the input folder as UTF-8 text.</summary>
public sealed class ReadSources : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        context.Sources = SourceReader.ReadAll(context.Options.InputDirectory, context.Options.InputDisplayName, context.Diagnostics, context.Options.ContentCache?.Files);
        return Task.CompletedTask;
    }
}
