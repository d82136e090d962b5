using System.Xml;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Pages;

namespace DigitalStrategy.Build.Discovery;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): every page search engines may list, with its whole address and,
/// where known, the date its source last changed. It needs base_url, since the addresses must be whole.
/// </summary>
public static class Sitemap
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <returns>The file, or null without base_url.</returns>
    public static byte[]? Write(Site site, IEnumerable<Page> pages)
    {
        if (site.Settings.BaseUrl is not { } baseUrl)
        {
            return null;
        }

        return XmlFiles.Write(writer =>
        {
            writer.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => !p.IsHiddenFromSearch))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, XmlFiles.Absolute(baseUrl, page.Url));
                if (page.Facts.Updated is { } updated)
                {
                    writer.WriteElementString("lastmod", Namespace, DanishDate.Iso(updated));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        });
    }
}
