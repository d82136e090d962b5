using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Writes the files that are not pages (CSS, images, PDFs, open data, sitemap and feed) into the
/// staging folder the pages were rendered into. <see cref="PublishOutput"/> swaps it in once every
/// later stage (the search index) has succeeded too.
/// </summary>
public sealed class WriteOutput : IBuildStage
{
    public async Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var folder = context.StagedOutput ?? throw new InvalidOperationException("BeginOutput did not run.");
        foreach (var (path, content) in context.OtherFiles())
        {
            await folder.WriteBytesAsync(path, content, cancellationToken);
        }
    }
}
