using System.Globalization;
using System.Runtime.CompilerServices;
using DigitalStrategy.Content.Diagnostics;
using DigitalStrategy.Content.Sources;

namespace DigitalStrategy.Content.Parsing;

/// <summary>
/// Reads typed fields from one YAML mapping and reports, with line and column, every field that
/// is missing, of the wrong shape or unknown. Reading by hand instead of deserialising by reflection
/// keeps the positions for diagnostics and lets one run report all mistakes.
/// </summary>
public sealed class MappingReader
{
    private readonly YamlMap _node;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    /// <summary>The names of the fields asked for, present or not; a mapping has a few, so a list is cheaper than a set.</summary>
    private readonly List<string> _read = [];

    internal MappingReader(YamlMap node, SourceFile file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    public SourceFile File { get; }

    public SourceLocation Location => YamlParser.Locate(File, _node, _lineOffset);

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Where the value of <paramref name="key"/> stands, or the mapping itself when the key is absent.</summary>
    public SourceLocation LocationOf(string key) =>
        Find(key) is { } value ? YamlParser.Locate(File, value, _lineOffset) : Location;

    public bool Has(string key) => Find(key) is not null;

    /// <summary>A plain text, shown as written. Anything in it that looks like script is reported.</summary>
    public string? OptionalString(string key) => ReadScalar(key, required: false, "", plain: true);

    /// <param name="meaning">What the field holds, in the editor's words, for the message when it is missing.</param>
    public string? RequiredString(string key, string meaning) => ReadScalar(key, required: true, meaning, plain: true);

    /// <summary>
    /// A Markdown text with its place in the file; <see cref="MarkdownConverter"/> reports what
    /// looks like script in it, where it can tell links from text.
    /// </summary>
    public MarkdownText? OptionalMarkdown(string key) => ReadMarkdown(key, required: false, "");

    /// <inheritdoc cref="RequiredString"/>
    public MarkdownText? RequiredMarkdown(string key, string meaning) => ReadMarkdown(key, required: true, meaning);

    public int? OptionalInt(string key)
    {
        var text = ReadScalar(key, required: false, "", plain: true);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(LocationOf(key), DiagnosticCodes.InvalidValue, $"Feltet '{key}' skal være et helt tal, men er '{text}'.");
        return null;
    }

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>A list of texts. A single text is accepted as a list of one, as editors often write it so.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Located<string>> StringList(string key)
    {
        var node = Take(key);
        switch (node)
        {
            case null:
                return [];
            case YamlText scalar when string.IsNullOrWhiteSpace(scalar.Value):
                return [];
            case YamlText scalar:
                ReportScriptText(scalar);
                return [new Located<string>(scalar.Value!.Trim(), Locate(scalar))];
            case YamlList sequence:
                var items = new List<Located<string>>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlText { Value: { } value } itemScalar && !string.IsNullOrWhiteSpace(value))
                    {
                        ReportScriptText(itemScalar);
                        items.Add(new Located<string>(value.Trim(), Locate(item)));
                    }
                    else
                    {
                        Error(Locate(item), DiagnosticCodes.InvalidValue,
                            $"Hvert punkt i listen '{key}' skal være en kort tekst på én linje, fx '- {Example(key)}'.");
                    }
                }

                return items;
            default:
                Error(Locate(node), DiagnosticCodes.InvalidValue,
                    $"Feltet '{key}' skal være en liste, hvor hvert punkt står på sin egen linje og begynder med '- '.");
                return [];
        }
    }

    /// <summary>A list of mappings, e.g. the goals of a focus area.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<MappingReader> MappingList(string key)
    {
        var node = Take(key);
        switch (node)
        {
            case null:
            case YamlText { Value: null or "" }:
                return [];
            case YamlList sequence:
                var items = new List<MappingReader>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMap mapping)
                    {
                        items.Add(new MappingReader(mapping, File, _lineOffset, _diagnostics));
                    }
                    else
                    {
                        Error(Locate(item), DiagnosticCodes.InvalidValue,
                            $"Hvert punkt i '{key}' skal have felter: begynd med '- id: ...' og skriv de øvrige felter på linjerne under, rykket ind på linje med 'id'.");
                    }
                }

                return items;
            default:
                Error(Locate(node), DiagnosticCodes.InvalidValue,
                    $"Feltet '{key}' skal være en liste, hvor hvert punkt begynder med '- '.");
                return [];
        }
    }

    public MappingReader? OptionalMapping(string key)
    {
        var node = Take(key);
        switch (node)
        {
            case null:
            case YamlText { Value: null or "" }:
                return null;
            case YamlMap mapping:
                return new MappingReader(mapping, File, _lineOffset, _diagnostics);
            default:
                Error(Locate(node), DiagnosticCodes.InvalidValue,
                    $"Feltet '{key}' skal have underfelter på de næste linjer, rykket ind med to mellemrum.");
                return null;
        }
    }

    /// <summary>Reports every field that was never read: usually a misspelt field name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ReportUnknownFields()
    {
        foreach (var (keyNode, _, _) in _node.Entries)
        {
            var key = (keyNode as YamlText)?.Value ?? "";
            if (_read.Contains(key))
            {
                continue;
            }

            // Loaders ask for every field they know, so what was read is the list of valid names.
            var suggestion = FieldNames.Closest(key, _read);
            var hint = suggestion is null ? "Slet feltet, eller ret navnet." : $"Mente du '{suggestion}'?";
            Error(Locate(keyNode), DiagnosticCodes.UnknownField, $"Feltet '{key}' kendes ikke her. {hint}");
        }
    }

    public void Error(SourceLocation location, string code, string message) => _diagnostics.Error(location, code, message);

    public void Warning(SourceLocation location, string code, string message) => _diagnostics.Warning(location, code, message);

    private MarkdownText? ReadMarkdown(string key, bool required, string meaning)
    {
        var text = ReadScalar(key, required, meaning, plain: false);
        return text is null ? null : new MarkdownText(text, TextOrigin.Of(File, Find(key)!, _lineOffset));
    }

    /// <param name="plain">Whether the text is shown as written, so that it is checked for script here.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? ReadScalar(string key, bool required, string meaning, bool plain)
    {
        var node = Take(key);
        switch (node)
        {
            case YamlText { Value: { } value } scalar when !string.IsNullOrWhiteSpace(value):
                if (plain)
                {
                    ReportScriptText(scalar);
                }

                return value.Trim();
            case null:
            case YamlText:
                if (required)
                {
                    var where = node is null ? Location : Locate(node);
                    Error(where, DiagnosticCodes.MissingField,
                        $"Feltet '{key}' mangler eller er tomt. Skriv {meaning} her, fx '{key}: {Example(key)}'.");
                }

                return null;
            default:
                Error(Locate(node), DiagnosticCodes.InvalidValue,
                    $"Feltet '{key}' skal være en tekst, ikke en liste eller underfelter. Skriv teksten efter kolon, evt. i anførselstegn.");
                return null;
        }
    }

    /// <summary>
    /// A plain text is HTML-encoded on the page, so nothing in it runs; script in it is still
    /// reported, because the editor most likely pasted something else than was meant.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReportScriptText(YamlText scalar)
    {
        var text = scalar.Value ?? "";
        foreach (var finding in UnsafeMarkup.InText(text))
        {
            Warning(TextOrigin.Of(File, scalar, _lineOffset).Locate(text, finding.Offset), DiagnosticCodes.UnsafeMarkup, finding.Message);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private YamlValue? Take(string key)
    {
        if (!_read.Contains(key))
        {
            _read.Add(key);
        }

        return Find(key);
    }

    private YamlValue? Find(string key) => _node.Find(key);

    private SourceLocation Locate(YamlValue node) => YamlParser.Locate(File, node, _lineOffset);

    private static string Example(string key) => key switch
    {
        "id" => "mit-id",
        "school_year" => "2021/22",
        "goals" => "id-paa-et-maal",
        "target_groups" => "forældre",
        _ => "...",
    };
}
