using DigitalStrategy.Build.OpenData;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Makes the open data under /data/ (each strategy's goals and actions as JSON and CSV, an index
/// of the files and their JSON Schema) and adds the page that lists them. It runs after the pages
/// are planned and before they are rendered, so the page shows the files' real sizes; the files
/// are then link-checked and written like the assets.
/// </summary>
public sealed class CollectOpenData(DateOnly today) : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var openData = OpenDataSet.Make(context.RequireSite());
        context.OpenData = openData.Files;
        context.Pages = [.. context.Pages, openData.Page with { Today = today }];
        return Task.CompletedTask;
    }
}
