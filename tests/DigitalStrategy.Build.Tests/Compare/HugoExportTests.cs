using DigitalStrategy.Benchmarks.Compare.Hugo;
using DigitalStrategy.Benchmarks.Synthetic;
using DigitalStrategy.Content.Model;
using YamlDotNet.RepresentationModel;

namespace DigitalStrategy.Build.Tests.Compare;

/// <summary>
/// `bench compare` builds the same content with Hugo, so the export must carry that content: a
/// content file per page with the front matter the layout reads, and a template for every kind of
/// page. Hugo itself is not run here.
/// </summary>
public sealed class HugoExportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ds-hugo-export-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Every_goal_gets_a_page_with_its_place_themes_and_the_actions_that_serve_it()
    {
        var (site, hugo) = Export();

        var goals = site.Strategies.SelectMany(s => s.Goals.Select(g => (Strategy: s, Goal: g))).ToList();
        Assert.NotEmpty(goals);
        foreach (var (strategy, goal) in goals)
        {
            var (front, body) = Read(hugo, $"content/{strategy.MunicipalityId}/{strategy.Id}/maal/{goal.Id}.md");
            Assert.Equal(goal.Title, Text(front, "title"));
            Assert.Equal("goal", Text(front, "type"));
            Assert.Equal(strategy.MunicipalityId, Text(front, "municipality"));
            Assert.Equal(strategy.Id, Text(front, "strategy"));
            Assert.Equal(goal.FocusAreaId, Text(front, "focusarea"));
            Assert.Equal(goal.ThemeIds, Texts(front, HugoContent.Themes));
            var actions = Records(front, "actions");
            var serving = strategy.ActionsServing(goal);
            Assert.Equal(serving.Select(a => a.Id), actions.Select(a => Text(a, "id")));
            Assert.Equal(serving.Select(a => a.Text.Markdown), actions.Select(a => Text(a, "text")));
            Assert.Equal(serving.Select(a => a.Owner), actions.Select(a => TextOrNull(a, "owner")));
            Assert.Equal(serving.Select(a => HugoContent.SchoolYearsOf(strategy, a)), actions.Select(a => TextOrNull(a, "years")));
            if (goal.Explanation is { } explanation)
            {
                Assert.Contains(explanation.Markdown.Trim(), body, StringComparison.Ordinal);
            }
        }

        // Goals in appendix strategies are served by appendix actions, which carry their school year.
        Assert.Contains(goals, g => Records(Read(hugo, $"content/{g.Strategy.MunicipalityId}/{g.Strategy.Id}/maal/{g.Goal.Id}.md").Front, "actions")
            .Any(a => TextOrNull(a, "years") is { } years && g.Strategy.Appendices.Any(x => x.SchoolYear.ToString() == years)));
    }

    [Fact]
    public void Strategies_chapters_focus_areas_and_appendices_get_pages_with_their_actions_and_goals()
    {
        var (site, hugo) = Export();

        foreach (var strategy in site.Strategies)
        {
            var folder = $"content/{strategy.MunicipalityId}/{strategy.Id}";
            Assert.Equal(strategy.Title, Text(Read(hugo, $"{folder}/_index.md").Front, "title"));
            Assert.Equal("strategy", Text(Read(hugo, $"{folder}/_index.md").Front, "type"));
            foreach (var chapter in strategy.Chapters)
            {
                var (front, body) = Read(hugo, $"{folder}/{chapter.Id}.md");
                Assert.Equal(chapter.Title, Text(front, "title"));
                Assert.Equal(chapter.Body.Markdown.Trim(), body.Trim());
            }

            foreach (var focusArea in strategy.FocusAreas)
            {
                var front = Read(hugo, $"{folder}/{focusArea.Id}.md").Front;
                Assert.Equal(focusArea.Id, Text(front, "id"));
                Assert.Equal(focusArea.Actions.Select(a => a.Id), Records(front, "actions").Select(a => Text(a, "id")));
            }

            foreach (var appendix in strategy.Appendices)
            {
                var front = Read(hugo, $"{folder}/bilag/{appendix.Id}.md").Front;
                Assert.Equal(appendix.SchoolYear.ToString(), Text(front, "schoolyear"));
                var actions = Records(front, "actions");
                Assert.Equal(appendix.Actions.Select(a => a.Id), actions.Select(a => Text(a, "id")));
                Assert.Equal(appendix.Actions.Select(a => a.GoalIds.ToList()), actions.Select(a => Texts(a, "goals")));
                var categories = Records(front, "categories").Select(c => Text(c, "id")).ToList();
                Assert.All(actions, a => Assert.Contains(Text(a, "category"), categories));
            }
        }

        Assert.Contains(site.Strategies, s => !s.Appendices.IsEmpty);
        Assert.All(site.Municipalities, m => Assert.Equal(m.Name, Text(Read(hugo, $"content/{m.Id}/_index.md").Front, "title")));
        Assert.All(site.Themes, t => Assert.Equal(t.Title, Text(Read(hugo, $"content/{HugoContent.Themes}/{t.Id}/_index.md").Front, "title")));
    }

    [Fact]
    public void Every_page_type_in_the_content_has_a_template_and_the_frame_is_danish()
    {
        var (_, hugo) = Export();

        var types = Directory.EnumerateFiles(Path.Combine(hugo, "content"), "*.md", SearchOption.AllDirectories)
            .Select(file => (Section: Path.GetFileName(file) == "_index.md", Type: TextOrNull(Read(hugo, Path.GetRelativePath(hugo, file)).Front, "type")))
            .Distinct()
            .ToList();
        Assert.Contains(types, t => t.Type == "goal");
        foreach (var (section, type) in types.Where(t => t.Type is not null))
        {
            var template = section ? "list.html" : "single.html";
            Assert.True(
                File.Exists(Path.Combine(hugo, "layouts", type!, template)) || File.Exists(Path.Combine(hugo, "layouts", "_default", template)),
                $"No {template} for pages of type '{type}'.");
        }

        string[] required = ["_default/baseof.html", "_default/single.html", "_default/list.html", "_default/taxonomy.html", "_default/term.html", "index.html"];
        Assert.All(required, path => Assert.True(File.Exists(Path.Combine(hugo, "layouts", path)), path));
        var frame = File.ReadAllText(Path.Combine(hugo, "layouts", "_default", "baseof.html"));
        Assert.Contains("<html lang=\"da\">", frame, StringComparison.Ordinal);
        Assert.Contains("<title>", frame, StringComparison.Ordinal);
        Assert.Contains("rel=\"stylesheet\"", frame, StringComparison.Ordinal);
        Assert.Contains("{{ block \"main\" . }}", frame, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(hugo, "static", "assets", "site.css")));
    }

    [Fact]
    public void The_config_makes_the_themes_a_taxonomy_and_leaves_sitemap_and_feeds_on()
    {
        var (site, hugo) = Export();

        var config = File.ReadAllText(Path.Combine(hugo, "hugo.toml"));
        Assert.Contains("languageCode = \"da\"", config, StringComparison.Ordinal);
        Assert.Contains($"tema = \"{HugoContent.Themes}\"", config, StringComparison.Ordinal);
        Assert.Contains("enableRobotsTXT = true", config, StringComparison.Ordinal);
        Assert.DoesNotContain("disableKinds", config, StringComparison.Ordinal);
        Assert.Contains($"title = {FrontMatter.Quote(site.Settings.Title)}", config, StringComparison.Ordinal);
        var titles = File.ReadAllLines(Path.Combine(hugo, "data", "themes.yaml"));
        Assert.Equal(site.Themes.Length, titles.Length);
    }

    [Fact]
    public void Front_matter_keeps_quotes_backslashes_newlines_and_danish_letters()
    {
        const string tricky = "Han sagde \"hej\" \\ og: gik.\nNy linje # ikke en kommentar, æøå – [x]";
        var text = new FrontMatter()
            .Text("title", tricky)
            .Texts("list", ["a: b", "\"c\""])
            .Records("items", new[] { tricky, "to" }, (record, value) => record.Text("text", value).Texts("tags", ["x", "y"]))
            .WithBody("Brødtekst");

        var (front, body) = Split(text);
        Assert.Equal(tricky, Text(front, "title"));
        Assert.Equal(["a: b", "\"c\""], Texts(front, "list"));
        Assert.Equal([tricky, "to"], Records(front, "items").Select(r => Text(r, "text")));
        Assert.All(Records(front, "items"), r => Assert.Equal(["x", "y"], Texts(r, "tags")));
        Assert.Equal("Brødtekst\n", body);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private (Site Site, string Hugo) Export()
    {
        var input = Path.Combine(_root, "input");
        SyntheticSite.Generate(input, municipalities: 1, seed: 7);
        var site = HugoSiteExporter.Load(input);
        var hugo = HugoSiteExporter.Export(site, Path.Combine(_root, "hugo"));
        return (site, hugo.Folder);
    }

    private static (YamlMappingNode Front, string Body) Read(string hugo, string relative) =>
        Split(File.ReadAllText(Path.Combine(hugo, relative)));

    private static (YamlMappingNode Front, string Body) Split(string text)
    {
        Assert.StartsWith("---\n", text, StringComparison.Ordinal);
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text[4..(end + 1)]));
        return (Assert.IsType<YamlMappingNode>(yaml.Documents[0].RootNode), text[(end + 5)..]);
    }

    private static string Text(YamlMappingNode node, string key) =>
        TextOrNull(node, key) ?? throw new Xunit.Sdk.XunitException($"The front matter has no '{key}'.");

    private static string? TextOrNull(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? Assert.IsType<YamlScalarNode>(value).Value : null;

    private static List<string> Texts(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? [.. Assert.IsType<YamlSequenceNode>(value).Children.Select(c => Assert.IsType<YamlScalarNode>(c).Value!)]
            : [];

    private static List<YamlMappingNode> Records(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? [.. Assert.IsType<YamlSequenceNode>(value).Children.Select(Assert.IsType<YamlMappingNode>)]
            : [];
}
