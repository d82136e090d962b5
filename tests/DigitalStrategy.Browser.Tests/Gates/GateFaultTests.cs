using DigitalStrategy.Browser.Tests.Support;

namespace DigitalStrategy.Browser.Tests.Gates;

/// <summary>
/// The gates must be able to fail. A copy of the real site gets one deliberate fault of each kind
/// the gates guard against, and each gate must report it with the page and the rule.
/// </summary>
[Collection(PublishedSiteCollection.Name)]
public sealed class GateFaultTests(PublishedSite site) : IAsyncLifetime
{
    private const string Goal = "/lemvig/digitaliseringsplan/maal/brugere-og-skabere/";
    private readonly string faulty = Path.Combine(Path.GetTempPath(), "ds-faulty-" + Guid.NewGuid().ToString("N"));
    private IReadOnlyList<PageReport> reports = [];

    public async Task InitializeAsync()
    {
        CopyFolder(site.Output, faulty);
        File.AppendAllText(Path.Combine(faulty, "assets/site.css"), """

            main h1 { color: #b8b8b8; }
            .fault-wide { width: 600px; }
            """);
        InjectIntoMain(Goal,
            """<img src="/assets/photo.png"><div class="fault-wide">bred</div><img alt="" src="https://tracker.example/pixel.gif">""");
        var home = Path.Combine(faulty, "index.html");
        File.WriteAllText(home, File.ReadAllText(home).Replace("href=\"#indhold\"", "href=\"#top\"", StringComparison.Ordinal));
        File.AppendAllText(Path.Combine(faulty, "assets/site.css"), ".site-footer a:focus-visible { outline: none; }\n");

        await using var server = await StaticSiteServer.StartAsync(faulty, site.Netlify);
        reports = await PublishedSite.AuditAllAsync(site.Browser, server.Origin, ["/", Goal], 320);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(faulty, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public void Axe_reports_an_image_without_alt_text_and_low_contrast_text_with_page_and_rule()
    {
        var goal = Report(Goal).Accessibility;
        Assert.Contains(goal, f => f.StartsWith(Goal + " at 320px: axe rule 'image-alt'", StringComparison.Ordinal));
        Assert.Contains(goal, f => f.StartsWith(Goal + " at 320px: axe rule 'color-contrast'", StringComparison.Ordinal));
    }

    [Fact]
    public void Reflow_reports_an_element_wider_than_a_phone() =>
        Assert.Contains(Report(Goal).Reflow, f => f.Contains("scrolls sideways", StringComparison.Ordinal) && f.Contains("fault-wide", StringComparison.Ordinal));

    [Fact]
    public void Keyboard_reports_a_missing_skip_link_and_an_invisible_focus()
    {
        var home = Report("/").Keyboard;
        Assert.Contains(home, f => f.StartsWith("/ at 320px: the first Tab should focus a skip link", StringComparison.Ordinal));
        Assert.Contains(home, f => f.StartsWith("/ at 320px: no visible focus indicator (WCAG 2.4.7) on <a", StringComparison.Ordinal));
    }

    [Fact]
    public void Privacy_reports_a_request_to_another_origin_and_the_CSP_violation()
    {
        var goal = Report(Goal).Privacy;
        Assert.Contains(goal, f => f.Contains("request to another origin: https://tracker.example/pixel.gif", StringComparison.Ordinal));
        Assert.Contains(goal, f => f.Contains("Content-Security-Policy", StringComparison.Ordinal) && f.Contains("img-src", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_unchanged_pages_pass_the_same_checks()
    {
        var clean = await PublishedSite.AuditAllAsync(site.Browser, site.Server.Origin, ["/", Goal], 320);
        Assert.All(clean, r => Assert.Empty(r.Accessibility.Concat(r.Reflow).Concat(r.Keyboard).Concat(r.Privacy)));
    }

    private PageReport Report(string path) => reports.Single(r => r.Path == path);

    private void InjectIntoMain(string path, string html)
    {
        var file = Path.Combine(faulty, path.Trim('/'), "index.html");
        var text = File.ReadAllText(file);
        var main = text.IndexOf("<main", StringComparison.Ordinal);
        var insertAt = text.IndexOf('>', main) + 1;
        File.WriteAllText(file, text.Insert(insertAt, html));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
