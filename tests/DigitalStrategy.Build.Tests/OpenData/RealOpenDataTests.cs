using System.Text.Json;
using DigitalStrategy.Build.Tests.Support;
using DigitalStrategy.Theme.Routing;

namespace DigitalStrategy.Build.Tests.OpenData;

/// <summary>The open data of the real input/: every strategy's files validate, read back and count what the model holds.</summary>
[Collection(RealSiteCollection.Name)]
public sealed class RealOpenDataTests(RealSite site)
{
    [Fact]
    public void Every_strategy_has_files_that_validate_and_read_back_with_a_row_for_every_goal_and_action()
    {
        var schema = JsonSchemaTests.Schema();
        foreach (var strategy in site.Model.Strategies)
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(FileOf(SiteRoutes.StrategyJson(strategy))));
            Assert.Empty(schema.Validate(json.RootElement));

            var goals = CsvReader.ReadTable(File.ReadAllBytes(FileOf(SiteRoutes.StrategyGoalsCsv(strategy))));
            var actions = CsvReader.ReadTable(File.ReadAllBytes(FileOf(SiteRoutes.StrategyActionsCsv(strategy))));
            Assert.Equal(strategy.Goals.Select(g => g.Id), goals.Select(r => r["goal_id"]));
            Assert.Equal(strategy.Actions.Select(a => a.Id), actions.Select(r => r["action_id"]));
            Assert.Equal(strategy.Actions.Select(a => a.Id), json.RootElement.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        }
    }

    [Fact]
    public void Lemvig_lists_the_actions_of_its_appendices_with_their_school_years()
    {
        var actions = CsvReader.ReadTable(File.ReadAllBytes(FileOf("/data/lemvig/digitaliseringsplan-handlinger.csv")));

        var byYear = actions.Where(r => r["appendix_school_year"].Length > 0).GroupBy(r => r["appendix_school_year"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["2020/21"] = 14, ["2021/22"] = 22, ["2022/23"] = 17 }, byYear);
        Assert.All(actions.Where(r => r["appendix_school_year"] is "2021/22" or "2022/23"), r => Assert.Contains(r["new_or_continuing"], new[] { "new", "continuing" }));
    }

    private string FileOf(string url) => Path.Combine(site.Output, url.TrimStart('/'));
}
