using DigitalStrategy.Content.Parsing;

namespace DigitalStrategy.Content.Tests.Parsing;

/// <summary>
/// The simple YAML reader must read every text it accepts exactly as YamlDotNet does (the same
/// values at the same lines and columns, which diagnostics point to), and leave everything else to
/// YamlDotNet, which then reports the mistakes as before.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    /// <summary>The forms the sources are written in: the reader must take them, and agree with YamlDotNet.</summary>
    public static TheoryData<string> Plain => new()
    {
        "id: abc\ntitle: Kompetenceudvikling\n",
        "id: abc   # a comment\n# a line of comment\n\ntitle: x\n",
        "title: \"Kompetenceudvikling: på tværs\"\nshort: 'it''s'\nescaped: \"a \\\"b\\\" \\\\ \\u00e6 \\n c\"\n",
        "text: |\n  line one\n\n  line three\nnext: x\n",
        "text: |\n    indented more\n      deeper\n\n\nnext: x\n",
        "text: |\n  at the end\n\n\n",
        "text: |\n  kept # not a comment\n    - and a dash\n  # nor this\n# but this\nnext: x\n",
        "flow: [a, \"b c\", d ]\nempty: []\nspaced: [ x , y ]   # c\n",
        "goals:\n- id: g1\n  title: T\n-   id: g2\n    x: y\nafter: z\n",
        "goals:\n  - id: g1\n    targets:\n      - who: alle\n        milestones:\n          - when: \"2016\"\n            percent: 40\n",
        "list:\n  - a\n  - b c\n  -   d\nnested:\n  key: v\n  other: [x]\n",
        "multi: this is\n  continued here\n\n  and here\n\n\n    and deeper\nafter: v\n",
        "item:\n  - a text\n    that goes on\n  - next\n",
        "emptyish:\nnext: v\nalso_empty:   \nlast:",
        "plain: a#b c:d e-f [g] {h}, i\nnum: 2021/22\ndash: -5\nurl: https://example.dk/a?b=c#d\n",
        "emoji: \"😀 x\"\nplain: 😀 abc ÆØÅ\n",
        "goals:\n- id: a\n  text: |\n    block in list\n  next: x\n- id: b\n",
        "k:\n\n  # comment before the block\n  a: b\n",
        "key-with-dash: x\n_under: y\nK2: z\n",
        "a:\n    b: x\n    c: y\nd:\n - x\n - y\n",
    };

    /// <summary>Edge cases: whatever the reader makes of them must be what YamlDotNet makes of them.</summary>
    public static TheoryData<string> Edges => new()
    {
        "a: x # c\n  b\n",
        "a: x\n  # c\n  y\n",
        "a: |\n  x\n # less indented comment\n  y\n",
        "a: |\n  x\n      \n  y\n",
        "a: |\n  x\n  \n",
        "a: |\n  x\n      \n",
        "a: |\n x\n",
        "a: | # comment\n  x\n",
        "a: 'x' # c\n",
        "a: [x]#c\n",
        "a: [ ]\n",
        "a: [\"x\", 'y''z']\n",
        "a: [a b, c]\n",
        "a: x:\n",
        "a: x :y\n",
        "a: '#'\n",
        "a: -\n",
        "a: ?x\n",
        "a: :x\n",
        "a:  \n  - x\n",
        "a:\n- x\n- y\nb:\n  - z\n",
        "a:\n  -\n    b: c\n",
        "a:\n  - x\n  -\n  - y\n",
        "a: x\n\n\n",
        "a: x",
        "a: x  \n   \nb: y",
        "a: 1.5\nb: true\nc: null\nd: ~\n",
        "a: \"\\t\\/ \\  x\"\n",
        "a: \"\\x41\"\n",
        "a: \"\\ud83d\"\n",
        "a: \"\"\nb: ''\n",
        "a:\n  b:\n    c:\n      d: e\n",
        "a: b\n  c\n  d # e\n",
        "a: b\n  'c'\n",
        "a: b\n  \"c\"\n",
        "a: b\n  [c]\n",
        "a: b\n\n\n  c\n",
        "a:\n  - b\n    c\n  - d\n",
        "a:\n- b\n  c\n",
        "a: |\n  x\nb: |\n  y\n",
        "a: |\n  x\n\n# c\n\nb: y\n",
        "- a\n",
    };

    /// <summary>Forms the sources do not use and mistakes: the reader declines them, so YamlDotNet reads them.</summary>
    public static TheoryData<string> NotSimple => new()
    {
        "a: &anchor x\nb: *anchor\n",
        "a: !tag x\n",
        "a: >\n  folded\n",
        "a: |-\n  stripped\n",
        "a: |2\n   indented\n",
        "a: {x: y}\n",
        "a: \"two\n  lines\"\n",
        "a: [x,\n  y]\n",
        "a: x\na: y\n",
        "a: x\n  b: y\n",
        "a: x\n - b\n",
        "a:\n  b: x\n c: y\n",
        "a: mapping: in a value\n",
        "a: x\n\tb: y\n",
        "---\na: x\n",
        "a: x\n---\nb: y\n",
        "\"quoted key\": x\n",
        "? complex\n: key\n",
        "a: [x, y,]\n",
        "a: \"x\" y\n",
        "a: |\n  no final line break",
        "a: - x\n",
        "- - a\n",
        "",
        "# only a comment\n",
        "  a: indented root\n",
    };

    [Theory]
    [MemberData(nameof(Plain))]
    public void Reads_the_plain_forms_as_YamlDotNet_does(string text)
    {
        var simple = YamlTrees.BySimpleReader(text);
        Assert.NotNull(simple);
        Assert.Equal(YamlTrees.ByYamlDotNet(text), simple);
    }

    [Theory]
    [MemberData(nameof(NotSimple))]
    public void Leaves_other_forms_and_mistakes_to_YamlDotNet(string text) => Assert.Null(YamlTrees.BySimpleReader(text));

    [Theory]
    [MemberData(nameof(Edges))]
    public void Never_reads_an_edge_case_differently(string text)
    {
        if (YamlTrees.BySimpleReader(text) is { } simple)
        {
            Assert.Equal(YamlTrees.ByYamlDotNet(text), simple);
        }
    }

    [Fact]
    public void Reads_the_published_sources_as_YamlDotNet_does()
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Input, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var yaml = path.EndsWith(".md", StringComparison.Ordinal) ? YamlTrees.FrontMatterOf(text) : text;
            if (YamlTrees.BySimpleReader(yaml) is { } simple)
            {
                Assert.True(YamlTrees.ByYamlDotNet(yaml) == simple, $"{path} is read differently.");
            }
        }
    }
}
