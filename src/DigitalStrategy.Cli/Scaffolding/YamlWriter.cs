using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DigitalStrategy.Cli.Scaffolding;

/// <summary>
/// Writes the YAML of a new source file line by line, the way editors write it by hand: plain
/// values where YAML reads them back as the same text, double quotes where it would not, lists in
/// brackets, and Markdown of several lines as a block.
/// </summary>
internal sealed partial class YamlWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>A comment line; each line of <paramref name="text"/> gets its own '#'.</summary>
    public YamlWriter Comment(string text, int indent = 0)
    {
        foreach (var line in text.Split('\n'))
        {
            _text.Append(' ', indent).Append(line.Length == 0 ? "#" : "# " + line).Append('\n');
        }

        return this;
    }

    /// <summary>A line written as it is, such as the modeline.</summary>
    public YamlWriter Line(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public YamlWriter Blank()
    {
        _text.Append('\n');
        return this;
    }

    /// <summary>"key: value"; a value of several lines becomes a block ("key: |" and the lines indented under it).</summary>
    public YamlWriter Field(string key, string value, int indent = 0)
    {
        _text.Append(' ', indent).Append(key).Append(':');
        if (value.Contains('\n') && !char.IsWhiteSpace(value[0]))
        {
            _text.Append(" |\n");
            // Lines keep their trailing spaces: two of them are a line break in Markdown.
            foreach (var line in value.TrimEnd().Split('\n'))
            {
                _text.Append(line.Length == 0 ? "" : new string(' ', indent + 2) + line).Append('\n');
            }

            return this;
        }

        _text.Append(' ').Append(Scalar(value)).Append('\n');
        return this;
    }

    /// <summary>"key: 4": a whole number, written plain so that editors see a number.</summary>
    public YamlWriter Number(string key, int value, int indent = 0)
    {
        _text.Append(' ', indent).Append(key).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    /// <summary>"key:" with nothing after it: a mapping or list follows on the next lines.</summary>
    public YamlWriter Key(string key, int indent = 0)
    {
        _text.Append(' ', indent).Append(key).Append(":\n");
        return this;
    }

    /// <summary>"key: [a, b]".</summary>
    public YamlWriter List(string key, IEnumerable<string> items, int indent = 0)
    {
        _text.Append(' ', indent).Append(key).Append(": [")
            .AppendJoin(", ", items.Select(i => Scalar(i, inFlow: true))).Append("]\n");
        return this;
    }

    /// <summary>"- key: value", the first field of an item of a list of mappings, such as an id; the item's other fields follow at <paramref name="indent"/> + 2.</summary>
    public YamlWriter Item(string key, string value, int indent = 0)
    {
        _text.Append(' ', indent).Append("- ").Append(key).Append(": ").Append(Scalar(value)).Append('\n');
        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>
    /// The value as YAML reads it back as text: plain when that is safe in YAML 1.1 and 1.2 (so the
    /// loader and an editor both see a text), otherwise double-quoted.
    /// </summary>
    public static string Scalar(string value, bool inFlow = false)
    {
        var plain = value.Length > 0
            && value == value.Trim()
            && !value.Any(char.IsControl)
            && !"-?:,[]{}#&*!|>'\"%@`".Contains(value[0])
            && !value.Contains(": ", StringComparison.Ordinal)
            && !value.Contains(" #", StringComparison.Ordinal)
            && !value.EndsWith(':')
            && !(inFlow && value.IndexOfAny([',', '[', ']', '{', '}']) >= 0)
            && !NotText().IsMatch(value);
        return plain ? value : Quoted(value);
    }

    private static string Quoted(string value)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in value)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// Plain values an editor's YAML (1.1 or 1.2) reads as something other than text: null, booleans,
    /// numbers, dates and sexagesimals. The loader reads them as text anyway; quoting keeps them text
    /// for the editor too.
    /// </summary>
    [GeneratedRegex(@"^(?:~|null|true|false|y|n|yes|no|on|off|[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|0x[0-9a-f_]+|0o?[0-7_]+|[-+]?\.inf|\.nan|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt ].*)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotText();
}
