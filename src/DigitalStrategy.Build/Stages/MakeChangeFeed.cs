using DigitalStrategy.Build.Discovery;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>Adds the Atom feed of changes (/aendringer.xml) to the files the site is written with, when there is one.</summary>
public sealed class MakeChangeFeed : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        if (ChangeFeed.Write(context.RequireSite(), context.Pages) is { } feed)
        {
            context.Assets = [.. context.Assets, (SiteRoutes.OutputPath(SiteRoutes.ChangeFeed), feed)];
        }

        return Task.CompletedTask;
    }
}
