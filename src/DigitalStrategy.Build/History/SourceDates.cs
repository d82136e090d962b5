using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Build.History;

/// <summary>
/// When each source file last changed, as "Sidst opdateret", sitemap.xml and the change feed say it:
/// the 'updated' date the editor wrote in the file, else the date of the file's last commit.
/// Files with neither have no date. Looked up by the file's path as diagnostics name it.
/// </summary>
public sealed class SourceDates
{
    public static readonly SourceDates None = new(new Dictionary<string, DateOnly>());

    private readonly IReadOnlyDictionary<string, DateOnly> _byDisplayPath;

    private SourceDates(IReadOnlyDictionary<string, DateOnly> byDisplayPath) => _byDisplayPath = byDisplayPath;

    public int Count => _byDisplayPath.Count;

    public DateOnly? Of(SourceLocation source) => _byDisplayPath.TryGetValue(source.Path, out var date) ? date : null;

    /// <param name="sources">The files read, which name each file both ways.</param>
    /// <param name="committed">The date of each file's last commit, by path relative to the input folder.</param>
    /// <param name="site">The content, whose 'updated' fields win over the commits.</param>
    public static SourceDates Of(IEnumerable<SourceFile> sources, IReadOnlyDictionary<string, DateOnly> committed, Site site)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (committed.TryGetValue(source.RelativePath, out var date))
            {
                dates[source.DisplayPath] = date;
            }
        }

        foreach (var (location, updated) in WrittenDates(site))
        {
            dates[location.Path] = updated;
        }

        return new SourceDates(dates);
    }

    /// <summary>The 'updated' dates editors wrote, each with the file it stands in.</summary>
    private static IEnumerable<(SourceLocation Source, DateOnly Updated)> WrittenDates(Site site)
    {
        foreach (var municipality in site.Municipalities)
        {
            if (municipality.Updated is { } updated)
            {
                yield return (municipality.Source, updated);
            }

            foreach (var strategy in municipality.Strategies)
            {
                IEnumerable<(SourceLocation, DateOnly?)> parts =
                [
                    (strategy.Source, strategy.Updated),
                    .. strategy.Chapters.Select(c => (c.Source, c.Updated)),
                    .. strategy.FocusAreas.Select(f => (f.Source, f.Updated)),
                    .. strategy.Appendices.Select(a => (a.Source, a.Updated)),
                ];
                foreach (var (source, date) in parts)
                {
                    if (date is { } written)
                    {
                        yield return (source, written);
                    }
                }
            }
        }
    }
}
