using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Content.Loading;

namespace DigitalStrategy.Build.Stages;

/// <summary>Parses YAML and Markdown into the typed content model; with a content cache, only the files that changed.</summary>
public sealed class LoadContent : IBuildStage
{
    public bool RunsAfterErrors => true;

    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = ContentLoader.Load(context.Sources, context.Options.InputDisplayName, context.Diagnostics, context.Options.ContentCache);
        if (site is not null && context.Options.BaseUrl is { } baseUrl)
        {
            site = site with { Settings = site.Settings with { BaseUrl = baseUrl } };
        }

        context.Site = site;
        return Task.CompletedTask;
    }
}
