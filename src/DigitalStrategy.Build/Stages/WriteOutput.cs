using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>Writes the site to a fresh folder and swaps it in as the output folder.</summary>
public sealed class WriteOutput : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        await using var folder = OutputFolder.Begin(context.Options.OutputDirectory);
        foreach (var page in context.RenderedPages)
        {
            await folder.WriteTextAsync(page.OutputPath, page.Html, cancellationToken);
        }

        foreach (var (path, content) in context.Assets)
        {
            await folder.WriteBytesAsync(path, content, cancellationToken);
        }

        folder.Commit();
    }
}
