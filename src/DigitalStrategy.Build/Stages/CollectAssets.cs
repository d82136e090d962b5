using DigitalStrategy.Build.Pipeline;
using System.Text;
using DigitalStrategy.Theme;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Takes the theme's CSS and images into the build, so links to them can be checked and they are
/// written, and adds the print stylesheet of each running header the pages use.
/// </summary>
public sealed class CollectAssets : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var runningHeaders = context.Pages
            .Select(p => p.RunningHeader)
            .DistinctBy(h => h.StylesheetUrl)
            .OrderBy(h => h.StylesheetUrl, StringComparer.Ordinal)
            .Select(h => (SiteRoutes.OutputPath(h.StylesheetUrl), Encoding.UTF8.GetBytes(h.Stylesheet)));
        context.Assets = [.. ThemeAssets.All(), .. runningHeaders];
        return Task.CompletedTask;
    }
}
