using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Build.Search;

namespace DigitalStrategy.Build.Stages;

/// <summary>Makes the search records: each goal, action, chapter and glossary entry as a result of its own.</summary>
public sealed class CollectSearchRecords : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        context.SearchRecords = SearchRecords.Of(context.RequireSite());
        return Task.CompletedTask;
    }
}
