using System.Text;

namespace DigitalStrategy.Preview.Tests;

public sealed class SiteSnapshotTests
{
    private static readonly SiteSnapshot Site = new(new Dictionary<string, byte[]>
    {
        ["index.html"] = Encoding.UTF8.GetBytes("forside"),
        ["lemvig/index.html"] = Encoding.UTF8.GetBytes("lemvig"),
        ["assets/site.css"] = Encoding.UTF8.GetBytes("css"),
    });

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/lemvig/", "lemvig/index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public async Task Finds_files_the_way_a_static_host_does(string path, string expected) =>
        Assert.Equal(expected, Assert.IsType<Lookup.Found>(await Site.FindAsync(path)).OutputPath);

    [Fact]
    public async Task A_folder_address_without_its_slash_redirects() =>
        Assert.Equal("/lemvig/", Assert.IsType<Lookup.Redirect>(await Site.FindAsync("/lemvig")).Location);

    [Theory]
    [InlineData("/../site.yml")]
    [InlineData("/assets/../../input/site.yml")]
    [InlineData("/assets/..\\..\\site.yml")]
    [InlineData("/findes-ikke/")]
    public async Task Never_serves_anything_outside_the_site(string path) =>
        Assert.IsType<Lookup.Missing>(await Site.FindAsync(path));

    [Fact]
    public void Changes_are_the_files_added_removed_or_different()
    {
        var after = new SiteSnapshot(new Dictionary<string, byte[]>
        {
            ["index.html"] = Encoding.UTF8.GetBytes("forside"),
            ["lemvig/index.html"] = Encoding.UTF8.GetBytes("lemvig, rettet"),
            ["herning/index.html"] = Encoding.UTF8.GetBytes("herning"),
        });

        Assert.Equal(["assets/site.css", "herning/index.html", "lemvig/index.html"], SiteSnapshot.Changes(Site, after).Order(StringComparer.Ordinal));
    }
}
