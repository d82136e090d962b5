using System.Globalization;
using System.Text;

namespace DigitalStrategy.Benchmarks.Synthetic;

/// <summary>
/// Writes YAML the way editors do: plain values where they are safe, double quotes where the
/// content model's YAML notes ask for them, and Markdown as indented blocks (`|`).
/// </summary>
public sealed class YamlText
{
    private const string Indicators = "@`*&!%{[>|'\"-?:,]}#";

    private readonly StringBuilder _text = new();

    public YamlText Line(string line = "")
    {
        _text.Append(line).Append('\n');
        return this;
    }

    public YamlText Comment(string comment) => Line("# " + comment);

    /// <summary>`name: value`, indented; nothing when the value is null.</summary>
    public YamlText Field(int indent, string name, string? value)
    {
        if (value is not null)
        {
            Line(new string(' ', indent) + name + ": " + Scalar(value));
        }

        return this;
    }

    /// <summary>`name: 12`: a whole number, written plain like the real files do.</summary>
    public YamlText Number(int indent, string name, int? value) =>
        value is { } number ? Line(new string(' ', indent) + name + ": " + number.ToString(CultureInfo.InvariantCulture)) : this;

    /// <summary>One item of a list of texts: `- value`.</summary>
    public YamlText Item(int indent, string value) => Line(new string(' ', indent) + "- " + Scalar(value));

    /// <summary>A list in brackets: `themes: [a, b]`. Used for ids, which never need quotes.</summary>
    public YamlText Ids(int indent, string name, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            Line(new string(' ', indent) + name + ": [" + string.Join(", ", ids) + "]");
        }

        return this;
    }

    /// <summary>A Markdown block: `name: |` and the text indented two more spaces.</summary>
    public YamlText Block(int indent, string name, string? markdown)
    {
        if (markdown is null)
        {
            return this;
        }

        Line(new string(' ', indent) + name + ": |");
        foreach (var line in markdown.TrimEnd().Split('\n'))
        {
            Line(line.Length == 0 ? "" : new string(' ', indent + 2) + line);
        }

        return this;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The value plain when YAML reads it back unchanged, else in double quotes.</summary>
    public static string Scalar(string value)
    {
        var quote = value.Length == 0
            || Indicators.Contains(value[0])
            || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])
            || value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal)
            || value.EndsWith(':')
            || value.All(c => char.IsAsciiDigit(c) || c == '.');
        return quote ? "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"" : value;
    }
}
