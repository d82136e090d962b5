using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Parses YAML into a tree that keeps the line and column of every node: with <see cref="SimpleYamlReader"/>
/// when the text is of the plain kind the sources are written in, else with YamlDotNet, which also words the errors.
/// </summary>
public static class YamlParser
{
    /// <summary>
    /// Parses <paramref name="text"/> and returns its top-level mapping, or null (with a diagnostic)
    /// when the text is not valid YAML or not a mapping.
    /// </summary>
    /// <param name="lineOffset">Lines before the text in its file (front matter starts on line 2).</param>
    public static MappingReader? ParseMapping(SourceFile file, string text, int lineOffset, DiagnosticBag diagnostics) =>
        (SimpleYamlReader.TryRead(text) ?? ReadWithYamlDotNet(file, text, lineOffset, diagnostics)) is { } root
            ? new MappingReader(root, file, lineOffset, diagnostics)
            : null;

    /// <summary>The top-level mapping as YamlDotNet reads it, for texts the simple reader declines; null (with a diagnostic) when there is none.</summary>
    private static YamlMap? ReadWithYamlDotNet(SourceFile file, string text, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitedParser(new Parser(new StringReader(text))));
        }
        catch (YamlException ex)
        {
            var location = new SourceLocation(file.DisplayPath, (int)ex.Start.Line + lineOffset, (int)ex.Start.Column);
            diagnostics.Error(location, DiagnosticCodes.YamlSyntax, $"YAML-fejl: {Explain(ex)}");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(Locate(file, Convert(stream.Documents[1].RootNode), lineOffset), DiagnosticCodes.YamlSyntax,
                "YAML-fejl: filen har en linje '---' midt i, så resten af filen ville blive sprunget over. Slet linjen '---'.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var location = stream.Documents.Count == 0
                ? new SourceLocation(file.DisplayPath, 1 + lineOffset, 1)
                : Locate(file, Convert(stream.Documents[0].RootNode), lineOffset);
            diagnostics.Error(location, DiagnosticCodes.YamlSyntax,
                "Filen skal bestå af felter på formen 'navn: værdi', men den er tom eller har en anden form.");
            return null;
        }

        return (YamlMap)Convert(root);
    }

    /// <summary>YamlDotNet's node as the loaders read it. A field is looked up by its key only when the key is a text without a tag, as YamlDotNet's own lookup does.</summary>
    internal static YamlValue Convert(YamlNode node) => node switch
    {
        YamlScalarNode scalar => new YamlText(scalar.Value, Mark(scalar.Start), Mark(scalar.End)),
        YamlSequenceNode sequence => new YamlList([.. sequence.Children.Select(Convert)], Mark(sequence.Start)),
        YamlMappingNode mapping => new YamlMap(
            [.. mapping.Children.Select(p => new YamlEntry(Convert(p.Key), p.Key is YamlScalarNode { Tag.IsEmpty: true } key ? key.Value : null, Convert(p.Value)))],
            Mark(mapping.Start)),
        _ => throw new InvalidOperationException($"YamlDotNet gave a node of the unknown kind {node.GetType().Name}."),
    };

    private static YamlMark Mark(Mark mark) => new((int)mark.Line, (int)mark.Column);

    internal static SourceLocation Locate(SourceFile file, YamlValue node, int lineOffset) =>
        new(file.DisplayPath, node.Start.Line + lineOffset, node.Start.Column);

    /// <summary>Turns YamlDotNet's parser messages into advice an editor can act on.</summary>
    private static string Explain(YamlException ex)
    {
        if (ex is DepthLimitedParser.TooDeepException)
        {
            return $"felterne står inden i hinanden i mere end {DepthLimitedParser.MaxDepth} lag, og så dybt går ingen af kildernes felter. " +
                "Tjek indrykningen og at hver '[' og '{' bliver lukket igen med ']' og '}'.";
        }

        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        if (message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
        {
            return "det samme felt står to gange. Slet det ene.";
        }

        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
        {
            return "der står et kolon midt i en værdi. Sæt værdien i anførselstegn, fx title: \"Mål: læring\".";
        }

        if (message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            return "et anførselstegn, der begynder her, bliver ikke lukket. Sæt det samme anførselstegn (\" eller ') i slutningen af teksten.";
        }

        // YamlDotNet words both a colon inside a value and a line indented further than the field
        // above it as "found invalid mapping", so the advice names both causes.
        if (message.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "der står et kolon midt i en værdi, eller linjen er rykket længere ind end feltet over den. " +
                "Sæt en værdi med kolon i anførselstegn, fx title: \"Mål: læring\", og ryk felterne lige langt ind.";
        }

        if (message.Contains("did not find expected", StringComparison.OrdinalIgnoreCase)
            || message.Contains("While scanning", StringComparison.OrdinalIgnoreCase))
        {
            return $"indrykningen eller et anførselstegn passer ikke ({message.Trim()}). Tjek at linjerne under et felt er rykket lige langt ind, og at anførselstegn er lukket.";
        }

        return $"{message.Trim()}. Tjek indrykning, kolon og anførselstegn på linjen.";
    }
}
