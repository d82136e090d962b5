using System.Text.RegularExpressions;
using DigitalStrategy.Cli.Scaffolding;
using DigitalStrategy.Cli.Tests.Support;
using DigitalStrategy.Content.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DigitalStrategy.Cli.Tests;

/// <summary>'new municipality' and 'new strategy': skeletons that build, and the ids they refuse.</summary>
public sealed partial class NewStrategyTests
{
    [Fact]
    public async Task A_new_municipality_with_a_new_strategy_builds_and_only_the_empty_chapter_is_warned_about()
    {
        using var site = new SampleSite(SampleInput.Files());

        var municipality = await site.Run("new", "municipality", "--id", "odder", "--name", "Odder Kommune");
        var strategy = await site.Run("new", "strategy", "--municipality", "odder", "--id", "it-plan", "--title", "IT-plan: 2024–2028");

        Assert.True(municipality.Code == ExitCodes.Success, municipality.Stderr);
        Assert.True(strategy.Code == ExitCodes.Success, strategy.Stderr);
        var warnings = await site.BuildWithoutErrors();
        var own = warnings.Where(w => w.Contains("/odder/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["odder/it-plan/chapters/01-indledning.md(9,1): warning DS0015"], own.Select(w => w[(w.IndexOf("odder/", StringComparison.Ordinal))..w.IndexOf(": Kapitlet", StringComparison.Ordinal)]));
        site.ExpectSchemaValid("odder/municipality.yml", "odder/it-plan/strategy.yml", "odder/it-plan/chapters/01-indledning.md");

        var page = await File.ReadAllTextAsync(Path.Combine(site.Output, "odder", "it-plan", "index.html"));
        Assert.Contains("IT-plan: 2024–2028", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.Output, "odder", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "odder", "it-plan", "indledning", "index.html")));
    }

    [Fact]
    public async Task The_skeletons_explain_each_optional_field_in_danish_comments_that_are_valid_yaml_when_uncommented()
    {
        using var site = new SampleSite(SampleInput.Files());
        await site.Run("new", "municipality", "--id", "odder", "--name", "Odder Kommune");
        await site.Run("new", "strategy", "--municipality", "odder", "--id", "it-plan", "--title", "IT-plan");

        var strategy = site.Read("odder/it-plan/strategy.yml");
        Assert.StartsWith("# yaml-language-server: $schema=../../../schemas/strategy.schema.json\n", strategy, StringComparison.Ordinal);
        Assert.Contains("new appendix --strategy odder/it-plan --school-year ", strategy, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/municipality.schema.json\n", site.Read("odder/municipality.yml"), StringComparison.Ordinal);

        // An editor uncomments an example by deleting "# "; every example must then be a field the loader knows.
        var uncommented = ExampleLine().Replace(strategy, "");
        File.WriteAllText(Path.Combine(site.Input, "odder/it-plan/strategy.yml"), uncommented);
        File.WriteAllText(Path.Combine(site.Input, "odder/municipality.yml"), ExampleLine().Replace(site.Read("odder/municipality.yml"), ""));
        await site.BuildWithoutErrors();
        var loaded = site.LoadStrategy("odder", "it-plan");
        Assert.Equal("Digitaliseringsplan", loaded.ShortTitle);
        Assert.Equal(["kompetenceudvikling"], loaded.Categories.Select(c => c.Id));
    }

    [Theory]
    [InlineData("Odder", "'Odder' kan ikke bruges som id")]
    [InlineData("odder kommune", "'odder kommune' kan ikke bruges som id")]
    [InlineData("soeg", "'soeg' kan ikke bruges som id, for sitet bruger selv adressen /soeg/")]
    [InlineData("lemvig", "Kommunen 'lemvig' findes allerede")]
    public async Task New_municipality_refuses_invalid_reserved_and_existing_ids(string id, string message)
    {
        using var site = new SampleSite(SampleInput.Files());
        var before = site.Snapshot();

        var (code, _, stderr) = await site.Run("new", "municipality", "--id", id, "--name", "Odder Kommune");

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.StartsWith("error: " + message, stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Theory]
    [InlineData("lemvig", "IT plan", "Plan", "'IT plan' kan ikke bruges som id")]
    [InlineData("lemvig", "institutioner", "Plan", "'institutioner' kan ikke bruges som id, for sitet bruger selv adressen /institutioner/")]
    [InlineData("lemvig", "digitaliseringsplan", "Plan", "Strategien 'lemvig/digitaliseringsplan' findes allerede")]
    [InlineData("odder", "it-plan", "Plan", "Kommunen 'odder' findes ikke")]
    [InlineData("lemvig", "it-plan", " ", "--title er tom")]
    public async Task New_strategy_refuses_unknown_municipalities_and_invalid_reserved_or_existing_ids(string municipality, string id, string title, string message)
    {
        using var site = new SampleSite(SampleInput.Files());
        var before = site.Snapshot();

        var (code, _, stderr) = await site.Run("new", "strategy", "--municipality", municipality, "--id", id, "--title", title);

        Assert.Equal(ExitCodes.WrongUsage, code);
        Assert.StartsWith("error: " + message, stderr, StringComparison.Ordinal);
        Assert.Equal(before, site.Snapshot());
    }

    [Theory]
    [InlineData("Mål: læring")]
    [InlineData("# ikke en kommentar")]
    [InlineData("tekst #1 og tekst # 2")]
    [InlineData("- ikke et punkt")]
    [InlineData("\"citat\" og 'citat'")]
    [InlineData("2021")]
    [InlineData("yes")]
    [InlineData("2021-08-01")]
    [InlineData("a\\b")]
    [InlineData("[ikke en liste]")]
    [InlineData("første linje\n\nanden linje")]
    [InlineData("linje med linjeskift  \nnæste linje")]
    public void Written_values_read_back_as_the_same_text(string value)
    {
        var yaml = new YamlWriter().Field("title", value).List("areas", [value, "skole"]).ToString();

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(value, ((YamlScalarNode)root.Children["title"]).Value!.TrimEnd('\n'));
        Assert.Equal([value, "skole"], ((YamlSequenceNode)root.Children["areas"]).Children.Select(c => ((YamlScalarNode)c).Value));
    }

    /// <summary>"# key: value" or "#   - key: value": a commented example, not a sentence.</summary>
    [GeneratedRegex(@"(?m)^# (?=\s*(?:- )?[a-z_]+:(?: |$))")]
    private static partial Regex ExampleLine();
}
