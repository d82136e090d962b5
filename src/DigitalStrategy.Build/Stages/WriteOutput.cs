using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Writes the site to a fresh staging folder beside the output folder. <see cref="PublishOutput"/>
/// swaps it in once every later stage (the search index) has succeeded too.
/// </summary>
public sealed class WriteOutput : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var folder = OutputFolder.Begin(context.Options.OutputDirectory);
        context.StagedOutput = folder;
        foreach (var page in context.RenderedPages)
        {
            await folder.WriteTextAsync(page.OutputPath, page.Html, cancellationToken);
        }

        foreach (var (path, content) in context.Assets.Concat(context.Pdfs).Concat(context.OpenData))
        {
            await folder.WriteBytesAsync(path, content, cancellationToken);
        }
    }
}
