using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme;

namespace DigitalStrategy.Build.Stages;

/// <summary>Takes the theme's CSS and images into the build, so links to them can be checked and they are written.</summary>
public sealed class CollectAssets : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        context.Assets = [.. ThemeAssets.All()];
        return Task.CompletedTask;
    }
}
