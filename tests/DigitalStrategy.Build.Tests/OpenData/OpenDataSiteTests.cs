using System.Text.Json;
using AngleSharp.Dom;
using DigitalStrategy.Build.OpenData;
using DigitalStrategy.Build.Output;
using DigitalStrategy.Build.Stages;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.OpenData;

/// <summary>Each strategy's goals and actions as JSON and CSV under /data/, as a reader or a script gets them.</summary>
public sealed class OpenDataSiteTests
{
    private static readonly string[] Strategies = ["testby/plan", "testby/udstyr"];

    [Fact]
    public async Task Every_strategy_has_its_json_and_two_csv_files_beside_an_index_and_the_schema()
    {
        using var site = await BuiltAsync();

        var files = Directory.EnumerateFiles(Path.Combine(site.Output, "data"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "data/index.html", "data/index.json", "data/schema.json",
                "data/testby/plan-handlinger.csv", "data/testby/plan-maal.csv", "data/testby/plan.json",
                "data/testby/udstyr-handlinger.csv", "data/testby/udstyr-maal.csv", "data/testby/udstyr.json",
            ],
            files);
    }

    [Fact]
    public async Task The_json_holds_every_goal_and_action_with_the_ids_and_addresses_of_the_site()
    {
        using var site = await BuiltAsync();
        using var json = Json(site, "/data/testby/plan.json");
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schema_version").GetInt32());
        Assert.Equal("testby", root.GetProperty("municipality").GetProperty("id").GetString());
        Assert.Equal("Testby Kommune", root.GetProperty("municipality").GetProperty("name").GetString());
        Assert.Equal("/testby/plan/", root.GetProperty("strategy").GetProperty("url").GetString());
        Assert.Equal(["laering", "trivsel"], Ids(root.GetProperty("goals")));
        Assert.Equal(["kurser", "2021-22-computere", "2021-22-aula", "2022-23-aula", "2022-23-computere"], Ids(root.GetProperty("actions")));

        // Every address leads to a page of the site, and an action's anchor to the action itself.
        foreach (var item in root.GetProperty("goals").EnumerateArray().Concat(root.GetProperty("actions").EnumerateArray()))
        {
            var url = item.GetProperty("url").GetString()!;
            var (path, fragment) = Split(url);
            Assert.True(File.Exists(site.FileOf(path)), $"{url} leads nowhere");
            if (fragment is not null)
            {
                Assert.Equal(fragment, item.GetProperty("id").GetString());
                Assert.Equal(fragment, site.Page(path).GetElementById(fragment)?.GetAttribute("data-id"));
            }
        }
    }

    [Fact]
    public async Task Goals_name_the_actions_their_pages_show_and_actions_name_the_goals_they_serve()
    {
        using var site = await BuiltAsync();

        foreach (var strategy in Strategies)
        {
            using var json = Json(site, $"/data/{strategy}.json");
            var actions = json.RootElement.GetProperty("actions").EnumerateArray().ToList();
            foreach (var goal in json.RootElement.GetProperty("goals").EnumerateArray())
            {
                var id = goal.GetProperty("id").GetString()!;
                var actionIds = Strings(goal.GetProperty("action_ids"));
                Assert.Equal(ActionsShownOn(site.Page(goal.GetProperty("url").GetString()!)), actionIds.ToHashSet());
                Assert.Equal(
                    actions.Where(a => Strings(a.GetProperty("goal_ids")).Contains(id)).Select(a => a.GetProperty("id").GetString()!),
                    actionIds);
            }
        }
    }

    [Fact]
    public async Task Appendix_actions_carry_their_school_year_and_whether_they_are_new_or_continue_one_of_the_year_before()
    {
        using var site = await BuiltAsync();
        using var json = Json(site, "/data/testby/plan.json");
        var actions = json.RootElement.GetProperty("actions").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);

        var continuing = actions["2022-23-computere"];
        Assert.Equal("2022/23", continuing.GetProperty("appendix_school_year").GetString());
        Assert.Equal(["2022/23"], Strings(continuing.GetProperty("school_years")));
        Assert.Equal("udstyr", continuing.GetProperty("category_id").GetString());
        Assert.Equal("continuing", continuing.GetProperty("new_or_continuing").GetString());
        Assert.Equal("2021-22-computere", continuing.GetProperty("continues_action_id").GetString());
        Assert.Equal("new", actions["2022-23-aula"].GetProperty("new_or_continuing").GetString());
        Assert.Equal(JsonValueKind.Null, actions["2022-23-aula"].GetProperty("continues_action_id").ValueKind);

        // The appendix page tells the same story: what it lists as new in 2022/23 is what the data call new.
        var newOnPage = site.Page("/testby/plan/bilag/2022-23/").QuerySelectorAll("#nyt + ul a").Select(a => Split(a.GetAttribute("href")!).Fragment);
        Assert.Equal(
            actions.Values.Where(a => a.GetProperty("new_or_continuing").GetString() == "new").Select(a => a.GetProperty("id").GetString()),
            newOnPage);

        // The first appendix has nothing before it, and an action under a focus area is in no appendix.
        Assert.Equal(JsonValueKind.Null, actions["2021-22-aula"].GetProperty("new_or_continuing").ValueKind);
        Assert.Equal(JsonValueKind.Null, actions["kurser"].GetProperty("appendix_school_year").ValueKind);
        Assert.Equal("laering-og-trivsel", actions["kurser"].GetProperty("focus_area_id").GetString());
    }

    [Fact]
    public async Task The_csv_files_hold_the_same_rows_as_the_json_and_read_back_exactly_with_commas_quotes_line_breaks_and_danish_letters()
    {
        using var site = await BuiltAsync();

        foreach (var strategy in Strategies)
        {
            using var json = Json(site, $"/data/{strategy}.json");
            var goals = CsvReader.ReadTable(File.ReadAllBytes(site.FileOf($"/data/{strategy}-maal.csv")));
            var actions = CsvReader.ReadTable(File.ReadAllBytes(site.FileOf($"/data/{strategy}-handlinger.csv")));

            var jsonGoals = json.RootElement.GetProperty("goals").EnumerateArray().ToList();
            Assert.Equal(Ids(json.RootElement.GetProperty("goals")), goals.Select(r => r["goal_id"]));
            foreach (var (row, goal) in goals.Zip(jsonGoals))
            {
                Assert.Equal(goal.GetProperty("title").GetString(), row["goal_title"]);
                Assert.Equal(goal.GetProperty("focus_area_id").GetString(), row["focus_area_id"]);
                Assert.Equal(Strings(goal.GetProperty("action_ids")), List(row["action_ids"]));
                Assert.Equal(Strings(goal.GetProperty("target_groups")), List(row["target_groups"]));
                Assert.Equal(Strings(goal.GetProperty("theme_ids")), List(row["theme_ids"]));
                Assert.Equal(goal.GetProperty("url").GetString(), row["url"]);
            }

            var jsonActions = json.RootElement.GetProperty("actions").EnumerateArray().ToList();
            Assert.Equal(Ids(json.RootElement.GetProperty("actions")), actions.Select(r => r["action_id"]));
            foreach (var (row, action) in actions.Zip(jsonActions))
            {
                Assert.Equal(action.GetProperty("text").GetString(), row["text"]);
                Assert.Equal(action.GetProperty("owner").GetString() ?? "", row["owner"]);
                Assert.Equal(action.GetProperty("appendix_school_year").GetString() ?? "", row["appendix_school_year"]);
                Assert.Equal(action.GetProperty("new_or_continuing").GetString() ?? "", row["new_or_continuing"]);
                Assert.Equal(Strings(action.GetProperty("school_years")), List(row["school_years"]));
                Assert.Equal(Strings(action.GetProperty("goal_ids")), List(row["goal_ids"]));
                Assert.Equal(action.GetProperty("url").GetString(), row["url"]);
            }
        }

        var tricky = CsvReader.ReadTable(File.ReadAllBytes(site.FileOf("/data/testby/udstyr-handlinger.csv"))).Single();
        Assert.Equal(OpenDataSources.TrickyText, tricky["text"]);
        Assert.Equal(OpenDataSources.TrickyOwner, tricky["owner"]);
        Assert.Equal("2021-2022", tricky["timeframe"]);
        Assert.Equal("Enheder og udstyr; Digital dannelse", tricky["theme_titles"]);
        Assert.Equal("Strategi for udstyr, \"skærme\" og net", tricky["strategy_title"]);
        var goalRow = CsvReader.ReadTable(File.ReadAllBytes(site.FileOf("/data/testby/udstyr-maal.csv"))).Single();
        Assert.Equal("børn; forældre", goalRow["target_groups"]);
        Assert.Equal("Alle skoler har en politik for skærmtid (frist: ultimo 2022)", goalRow["targets"]);
        Assert.Equal("2022-12-31", goalRow["target_deadlines"]);
    }

    [Fact]
    public async Task Csv_files_start_with_a_byte_order_mark_name_their_columns_and_end_every_record_with_crlf()
    {
        using var site = await BuiltAsync();
        var bytes = File.ReadAllBytes(site.FileOf("/data/testby/udstyr-handlinger.csv"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(',', CsvTables.ActionColumns.Select(c => c.Name)) + "\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Vi køber \"\"gode\"\" skærme, tablets og høretelefoner.", text, StringComparison.Ordinal);
        Assert.Contains("\"Skole, IT\nog Drift\"", text, StringComparison.Ordinal);

        var json = File.ReadAllBytes(site.FileOf("/data/testby/udstyr.json"));
        Assert.Equal((byte)'{', json[0]);
        Assert.Contains("høretelefoner", System.Text.Encoding.UTF8.GetString(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Addresses_are_root_relative_without_a_base_url_and_absolute_with_one()
    {
        using var relative = await BuiltAsync();
        using var absolute = await BuiltAsync("https://example.dk/");

        using var relativeJson = Json(relative, "/data/testby/plan.json");
        using var absoluteJson = Json(absolute, "/data/testby/plan.json");

        Assert.Equal("/data/schema.json", relativeJson.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("https://example.dk/data/schema.json", absoluteJson.RootElement.GetProperty("$schema").GetString());
        Assert.Equal("/testby/plan/maal/laering/", relativeJson.RootElement.GetProperty("goals")[0].GetProperty("url").GetString());
        Assert.Equal("https://example.dk/testby/plan/maal/laering/", absoluteJson.RootElement.GetProperty("goals")[0].GetProperty("url").GetString());
        Assert.Equal("https://example.dk/testby/plan/laering-og-trivsel/#kurser",
            CsvReader.ReadTable(File.ReadAllBytes(absolute.FileOf("/data/testby/plan-handlinger.csv")))[0]["url"]);
    }

    [Fact]
    public async Task Two_builds_of_the_same_sources_give_the_same_bytes()
    {
        using var site = TestSite.Create(OpenDataSources.WithTrickyStrategy());
        var second = Path.Combine(site.Root, "second");

        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.True((await site.BuildAsync(second)).Succeeded);

        var first = TestSite.Snapshot(Path.Combine(site.Output, "data"));
        Assert.Equal(first, TestSite.Snapshot(Path.Combine(second, "data")));
        Assert.Equal(9, first.Count);
    }

    [Fact]
    public async Task The_index_lists_every_file_with_its_size_in_bytes()
    {
        using var site = await BuiltAsync();
        using var index = Json(site, "/data/index.json");

        var listed = index.RootElement.GetProperty("strategies").EnumerateArray()
            .SelectMany(s => s.GetProperty("files").EnumerateArray())
            .ToDictionary(f => f.GetProperty("url").GetString()!, f => f.GetProperty("bytes").GetInt64());

        Assert.Equal(6, listed.Count);
        foreach (var (url, bytes) in listed)
        {
            Assert.Equal(new FileInfo(site.FileOf(url)).Length, bytes);
        }

        Assert.Equal("/data/schema.json", index.RootElement.GetProperty("schema").GetString());
    }

    [Fact]
    public async Task A_local_plan_names_its_institution_and_the_municipal_goals_its_goals_implement()
    {
        using var site = TestSite.Create(OpenDataSources.WithLocalPlan());
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        using var local = Json(site, "/data/testby/bakkeskolens-plan.json");
        var institution = local.RootElement.GetProperty("strategy").GetProperty("institution");
        Assert.Equal("bakkeskolen", institution.GetProperty("id").GetString());
        Assert.Equal("/testby/institutioner/bakkeskolen/", institution.GetProperty("url").GetString());
        var implemented = local.RootElement.GetProperty("goals")[0].GetProperty("implements").EnumerateArray().Single();
        Assert.Equal(("plan", "laering", "/testby/plan/maal/laering/"),
            (implemented.GetProperty("strategy_id").GetString(), implemented.GetProperty("goal_id").GetString(), implemented.GetProperty("url").GetString()));

        using var municipal = Json(site, "/data/testby/plan.json");
        var scope = municipal.RootElement.GetProperty("strategy").GetProperty("scope");
        Assert.Equal("0-18 år", scope.GetProperty("age_range").GetString());
        Assert.Equal(["bakkeskolen"], Strings(scope.GetProperty("institution_ids")));
        Assert.Equal(JsonValueKind.Null, municipal.RootElement.GetProperty("strategy").GetProperty("institution").ValueKind);
        Assert.Empty(JsonSchemaTests.Schema().Validate(local.RootElement));
    }

    internal static async Task<TestSite> BuiltAsync(string? baseUrl = null)
    {
        var site = TestSite.Create(OpenDataSources.WithTrickyStrategy(baseUrl));
        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    internal static JsonDocument Json(TestSite site, string url) => JsonDocument.Parse(File.ReadAllBytes(site.FileOf(url)));

    private static List<string> Ids(JsonElement items) => items.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(i => i.GetString()!).ToList();

    private static List<string> List(string field) => field.Length == 0 ? [] : [.. field.Split(CsvTables.Separator)];

    private static (string Path, string? Fragment) Split(string url) =>
        url.IndexOf('#') is var hash and >= 0 ? (url[..hash], url[(hash + 1)..]) : (url, null);

    /// <summary>The actions a goal page shows: in full (with their id) or as a link to where they are written.</summary>
    private static HashSet<string> ActionsShownOn(IDocument page) =>
        page.QuerySelectorAll("main .action[data-id]").Select(a => a.GetAttribute("data-id")!)
            .Concat(page.QuerySelectorAll("main .action-continued a[href]").Select(a => Split(a.GetAttribute("href")!).Fragment!))
            .ToHashSet();

    // LinkPdfs formats the sizes the page shows; its own tests pin the Danish form.
    internal static string SizeOf(TestSite site, string url) => FileSizes.Format(new FileInfo(site.FileOf(url)).Length);
}
