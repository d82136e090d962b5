using DigitalStrategy.Build.Tests.Support;
using static DigitalStrategy.Build.Tests.Support.RealSite;

namespace DigitalStrategy.Build.Tests.Seeds;

/// <summary>
/// Vejle's strategy is written for three named institutions (seed 000_750dcee307ef33ff.txt): each
/// gets a page that tells a parent which strategy applies to it and what its goals are.
/// </summary>
[Collection(RealSiteCollection.Name)]
public sealed class VejleInstitutionsSeedTests(RealSite site)
{
    private const string Strategy = "/vejle/digitaliseringsstrategi-2011-2015/";

    [Fact]
    public void The_index_lists_the_three_institutions_the_strategy_is_written_for()
    {
        var index = site.Page("vejle/institutioner/");

        Assert.Equal(
            ["Sprogcenter Vejle", "Center for Specialundervisning", "Ungdomsskolen"],
            index.QuerySelectorAll(".card h2 a").Select(a => Normalize(a.TextContent)));
        Assert.Contains(site.Page("vejle/").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/vejle/institutioner/");
    }

    [Theory]
    [InlineData("sprogcenter-vejle", "Sprogcenter Vejle")]
    [InlineData("center-for-specialundervisning", "Center for Specialundervisning")]
    [InlineData("ungdomsskolen", "Ungdomsskolen")]
    public void Each_institution_page_shows_the_strategy_with_its_eight_pejlemaerker(string id, string name)
    {
        var page = site.Page($"vejle/institutioner/{id}/");

        Assert.Equal(name, Normalize(page.QuerySelector("h1")!.TextContent));
        var strategy = page.QuerySelector("section[aria-labelledby=kommunens-strategier] .card")!;
        Assert.Equal(Strategy, strategy.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains("Tidligere strategi", strategy.QuerySelector(".meta")!.TextContent, StringComparison.Ordinal);
        var goals = strategy.QuerySelectorAll(".goal-list a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(8, goals.Count);
        Assert.All(goals, href => Assert.StartsWith(Strategy + "maal/", href, StringComparison.Ordinal));
        Assert.Contains($"{name} har ingen lokal plan", page.QuerySelector("section[aria-labelledby=egne-planer]")!.TextContent, StringComparison.Ordinal);
    }
}
