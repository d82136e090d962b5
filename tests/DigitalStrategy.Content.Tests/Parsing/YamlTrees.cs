using System.Text;
using DigitalStrategy.Content.Parsing;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigitalStrategy.Content.Tests.Parsing;

/// <summary>YAML trees written out as text, every node with its place, so two readers' trees can be compared whole.</summary>
internal static class YamlTrees
{
    /// <summary>The tree YamlDotNet reads, or null when it reports an error or the text is not a mapping.</summary>
    public static string? ByYamlDotNet(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(new StringReader(text)));
        }
        catch (YamlException)
        {
            return null;
        }

        return stream.Documents is [{ RootNode: YamlMappingNode root }] ? Dump(YamlParser.Convert(root)) : null;
    }

    public static string? BySimpleReader(string text) => SimpleYamlReader.TryRead(text) is { } map ? Dump(map) : null;

    /// <summary>The YAML front matter of a Markdown file, as the loader hands it to the YAML reader.</summary>
    public static string FrontMatterOf(string markdown)
    {
        var lines = markdown.Split('\n');
        var end = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        return end < 0 ? "" : string.Join('\n', lines[1..end]);
    }

    private static string Dump(YamlValue root)
    {
        var text = new StringBuilder();
        Write(root, "");
        return text.ToString();

        void Write(YamlValue node, string indent)
        {
            var at = $"{node.Start.Line}:{node.Start.Column}-{node.End.Line}:{node.End.Column}";
            switch (node)
            {
                case YamlText scalar:
                    text.Append(indent).Append("text ").Append(at).Append(' ')
                        .Append(scalar.Value is null ? "null" : $"[{scalar.Value.Replace("\n", "\\n", StringComparison.Ordinal)}]").Append('\n');
                    break;
                case YamlList list:
                    text.Append(indent).Append("list ").Append(at).Append('\n');
                    foreach (var item in list.Items)
                    {
                        Write(item, indent + "  ");
                    }

                    break;
                case YamlMap map:
                    text.Append(indent).Append("map ").Append(at).Append('\n');
                    foreach (var entry in map.Entries)
                    {
                        text.Append(indent).Append("  field ").Append(entry.Name ?? "(no name)").Append('\n');
                        Write(entry.Key, indent + "    ");
                        Write(entry.Value, indent + "    ");
                    }

                    break;
            }
        }
    }
}
