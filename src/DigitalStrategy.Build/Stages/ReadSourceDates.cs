using DigitalStrategy.Build.History;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Finds when each source file last changed: its 'updated' field, else its last commit, read from
/// git in one process for the whole input folder. Outside git (or without git) only the 'updated'
/// fields count, and no warning is given: never the file system's time, so builds stay deterministic.
/// </summary>
public sealed class ReadSourceDates : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var committed = await GitDates.ReadAsync(
            context.Options.InputDirectory, context.Sources.Select(s => s.RelativePath).ToList(), cancellationToken);
        context.SourceDates = SourceDates.Of(context.Sources, committed, context.RequireSite());
    }
}
