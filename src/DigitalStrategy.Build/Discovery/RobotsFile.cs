using System.Text;
using DigitalStrategy.Content.Model;
using DigitalStrategy.Theme.Pages;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Discovery;

/// <summary>
/// robots.txt: every crawler may read everything except the editors' report, which is only for the
/// editors (it also says noindex, but is not worth crawling), and is told where sitemap.xml is.
/// Other pages kept out of search (print views, /was/, 404) stay crawlable, so crawlers see their noindex.
/// </summary>
public static class RobotsFile
{
    public static byte[] Write(Site site, IEnumerable<Page> pages)
    {
        var text = new StringBuilder("User-agent: *\n");
        var editorsOnly = pages.OfType<EditorialReportPage>().Select(p => p.Url).ToList();
        if (editorsOnly.Count == 0)
        {
            text.Append("Disallow:\n");
        }

        foreach (var url in editorsOnly)
        {
            text.Append("Disallow: ").Append(url).Append('\n');
        }

        if (site.Settings.BaseUrl is { } baseUrl)
        {
            text.Append('\n').Append("Sitemap: ").Append(XmlFiles.Absolute(baseUrl, SiteRoutes.Sitemap)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
