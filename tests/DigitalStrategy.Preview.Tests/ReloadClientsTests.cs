using DigitalStrategy.Content.Diagnostics;

namespace DigitalStrategy.Preview.Tests;

/// <summary>Which open tabs reload after a build: only those whose page, a shared file, or the errors changed.</summary>
public sealed class ReloadClientsTests
{
    private static readonly Diagnostic Typo = new(new SourceLocation("input/site.yml", 2, 1), Severity.Error, "DS0005", "Feltet 'titel' kendes ikke her.");

    private static PreviewState Build(int number, IReadOnlyList<Diagnostic> diagnostics, params string[] changed) =>
        new(number, null, diagnostics, new HashSet<string>(changed), TimeSpan.Zero);

    [Theory]
    [InlineData("/lemvig/", true)]
    [InlineData("/lemvig", true)]
    [InlineData("/herning/", false)]
    public void A_changed_page_reloads_only_its_own_tabs(string tabPath, bool reloads) =>
        Assert.Equal(reloads, ReloadClients.ShouldReload(Build(1, []), Build(2, [], "lemvig/index.html"), tabPath));

    [Fact]
    public void A_changed_stylesheet_reloads_every_tab() =>
        Assert.True(ReloadClients.ShouldReload(Build(1, []), Build(2, [], "assets/site.css"), "/herning/"));

    [Theory]
    [InlineData("data/lemvig/digitaliseringsplan.json")]
    [InlineData("sitemap.xml")]
    public void A_changed_data_file_reloads_no_page_tab(string changed) =>
        Assert.False(ReloadClients.ShouldReload(Build(1, []), Build(2, [], changed, "lemvig/index.html"), "/herning/"));

    [Fact]
    public void Errors_that_appear_or_go_away_reload_every_tab()
    {
        Assert.True(ReloadClients.ShouldReload(Build(1, []), Build(2, [Typo]), "/herning/"));
        Assert.True(ReloadClients.ShouldReload(Build(2, [Typo]), Build(3, []), "/herning/"));
        Assert.False(ReloadClients.ShouldReload(Build(2, [Typo]), Build(3, [Typo]), "/herning/"));
    }

    [Fact]
    public void A_build_that_changed_nothing_reloads_nothing() =>
        Assert.False(ReloadClients.ShouldReload(Build(1, []), Build(2, []), "/"));
}
