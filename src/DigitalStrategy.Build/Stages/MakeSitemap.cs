using DigitalStrategy.Build.Discovery;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Stages;

/// <summary>Adds robots.txt and, with base_url, sitemap.xml to the files the site is written with.</summary>
public sealed class MakeSitemap : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        var files = new List<(string OutputPath, byte[] Content)> { (SiteRoutes.OutputPath(SiteRoutes.Robots), RobotsFile.Write(site, context.Pages)) };
        if (Sitemap.Write(site, context.Pages) is { } sitemap)
        {
            files.Add((SiteRoutes.OutputPath(SiteRoutes.Sitemap), sitemap));
        }

        context.Assets = [.. context.Assets, .. files];
        return Task.CompletedTask;
    }
}
