using System.Globalization;
using System.Xml;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Discovery;

/// <summary>
/// The Atom 1.0 feed of changes (/aendringer.xml): the strategies, chapters, focus areas and annual
/// appendices whose source has a date, newest first, at most <see cref="MaxEntries"/>. Goals are left
/// out: they change with their focus area's file, which has an entry of its own. Each change is an entry of
/// its own (its id holds the date), so a feed reader shows a page again when it changes again.
/// The feed's date is its newest entry's, never the clock's, so the same sources give the same feed.
/// Without base_url, or without a single dated page, there is no feed and no link to it.
/// </summary>
public static class ChangeFeed
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const int MaxEntries = 50;

    public static string Title(Site site) => $"Ændringer på {site.Settings.Title}";

    /// <summary>The link every page's head gets, or null when there is no feed.</summary>
    public static ChangeFeedLink? LinkFor(Site site, IEnumerable<Page> pages) =>
        site.Settings.BaseUrl is not null && pages.Any(IsEntry) ? new ChangeFeedLink(SiteRoutes.ChangeFeed, Title(site)) : null;

    /// <summary>The entries, newest first; pages changed the same day keep the site's order.</summary>
    public static IReadOnlyList<Page> Entries(IEnumerable<Page> pages) =>
        pages.Where(IsEntry).OrderByDescending(p => p.Facts.Updated).Take(MaxEntries).ToList();

    /// <returns>The feed, or null when there is none.</returns>
    public static byte[]? Write(Site site, IEnumerable<Page> pages)
    {
        var entries = Entries(pages);
        if (site.Settings.BaseUrl is not { } baseUrl || entries.Count == 0)
        {
            return null;
        }

        var self = XmlFiles.Absolute(baseUrl, SiteRoutes.ChangeFeed);
        return XmlFiles.Write(writer =>
        {
            writer.WriteStartElement("feed", Namespace);
            writer.WriteAttributeString("xml", "lang", null, "da");
            writer.WriteElementString("title", Namespace, Title(site));
            writer.WriteElementString("subtitle", Namespace, "Strategier, kapitler, fokusområder og bilag, der er ændret – det nyeste først.");
            WriteLink(writer, "self", "application/atom+xml", self);
            WriteLink(writer, "alternate", "text/html", XmlFiles.Absolute(baseUrl, SiteRoutes.Home));
            writer.WriteElementString("id", Namespace, self);
            writer.WriteElementString("updated", Namespace, Timestamp(entries[0].Facts.Updated!.Value));
            writer.WriteStartElement("author", Namespace);
            writer.WriteElementString("name", Namespace, site.Settings.Publisher ?? site.Settings.Title);
            writer.WriteEndElement();
            foreach (var page in entries)
            {
                WriteEntry(writer, baseUrl, page);
            }

            writer.WriteEndElement();
        });
    }

    private static bool IsEntry(Page page) =>
        page is StrategyPage or ChapterPage or FocusAreaPage or AppendixPage && page.Facts.Updated is not null;

    private static void WriteEntry(XmlWriter writer, string baseUrl, Page page)
    {
        var updated = page.Facts.Updated!.Value;
        var address = XmlFiles.Absolute(baseUrl, page.Url);
        writer.WriteStartElement("entry", Namespace);
        writer.WriteElementString("title", Namespace, page.DocumentTitle);
        WriteLink(writer, "alternate", "text/html", address);
        writer.WriteElementString("id", Namespace, EntryId(address, updated));
        writer.WriteElementString("updated", Namespace, Timestamp(updated));
        if (!string.IsNullOrWhiteSpace(page.Description))
        {
            writer.WriteElementString("summary", Namespace, page.Description);
        }

        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    /// <summary>A tag URI (RFC 4151) for one change of one page: tag:strategier.example.dk,2024-05-03:/lemvig/plan/.</summary>
    private static string EntryId(string address, DateOnly updated)
    {
        var uri = new Uri(address);
        return $"tag:{uri.Host},{DanishDate.Iso(updated)}:{uri.AbsolutePath}";
    }

    private static string Timestamp(DateOnly date) =>
        date.ToDateTime(TimeOnly.MinValue).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
