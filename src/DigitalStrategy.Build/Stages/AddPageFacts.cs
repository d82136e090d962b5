using DigitalStrategy.Build.Discovery;
using DigitalStrategy.Build.Pipeline;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Stages;

/// <summary>
/// Tells each page made from one source file where to edit it (site.yml's edit_url with the file's
/// path) and when it last changed (<see cref="ReadSourceDates"/>), and every page whether there is a
/// feed of changes to name in its head.
/// </summary>
public sealed class AddPageFacts : IBuildStage
{
    public Task RunAsync(BuildContext context, CancellationToken cancellationToken)
    {
        var site = context.RequireSite();
        var template = site.Settings.EditUrl;
        var relativePaths = context.Sources.ToDictionary(s => s.DisplayPath, s => s.RelativePath, StringComparer.Ordinal);

        var pages = context.Pages.Select(page => page.EditableSource is { } source
            ? page with
            {
                Facts = new SourceFacts(
                    template is not null && relativePaths.TryGetValue(source.Path, out var relative) ? template.For(relative) : null,
                    context.SourceDates.Of(source)),
            }
            : page).ToList();

        var feed = ChangeFeed.LinkFor(site, pages);
        context.Pages = feed is null ? pages : pages.Select(p => p with { ChangeFeed = feed }).ToList();
        return Task.CompletedTask;
    }
}
