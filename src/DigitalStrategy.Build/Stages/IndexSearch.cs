using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Search;
using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Indexes the search records with Pagefind into the staged site, so the index is published
/// together with the pages it points to, or not at all.
/// </summary>
public sealed class IndexSearch : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var folder = context.StagedOutput ?? throw new InvalidOperationException("The site was not written.");
        var outcome = await PagefindIndexer.IndexAsync(context.SearchRecords, folder.StagingPath, context.Options.ToolsDirectory, cancellationToken);
        if (outcome.Failure is { } failure)
        {
            context.Diagnostics.Error(SourceLocation.StartOf("package.json"), DiagnosticCodes.SearchIndexFailed, failure);
        }
    }
}
