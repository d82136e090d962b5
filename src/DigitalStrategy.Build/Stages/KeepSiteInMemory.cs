using DigitalStrategy.Build.Pipeline;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// For the preview server: keeps every file of the site in memory, by output path, instead of
/// writing a folder, so a rebuild never touches the disk and the last good site stays servable.
/// </summary>
public sealed class KeepSiteInMemory : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, content) in context.RequirePageStore().All().Concat(context.OtherFiles()))
        {
            files[path.Replace('\\', '/')] = content;
        }

        context.SiteFiles = files;
        return Task.CompletedTask;
    }
}
