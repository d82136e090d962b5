using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DigitalStrategy.Benchmarks.Compare.Hugo;

/// <summary>
/// YAML front matter for a Hugo content file, the format a Hugo user would write (and the format
/// of our own sources). Every string is written as a double-quoted scalar in JSON's escaping, which
/// YAML reads the same way, so no title or Markdown text can break the structure.
/// </summary>
public sealed class FrontMatter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly StringBuilder _text = new();

    /// <summary>A string field; nothing is written for null, as Hugo treats a missing field as empty.</summary>
    public FrontMatter Text(string key, string? value)
    {
        if (value is not null)
        {
            _text.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }

        return this;
    }

    public FrontMatter Number(string key, int value)
    {
        _text.Append(key).Append(": ").Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return this;
    }

    /// <summary>A list of strings in flow style, e.g. <c>temaer: ["data", "ledelse"]</c>; nothing for an empty list.</summary>
    public FrontMatter Texts(string key, IEnumerable<string> values)
    {
        var quoted = values.Select(Quote).ToList();
        if (quoted.Count > 0)
        {
            _text.Append(key).Append(": [").Append(string.Join(", ", quoted)).Append("]\n");
        }

        return this;
    }

    /// <summary>A list of mappings in block style, each written by <paramref name="write"/>; nothing for an empty list.</summary>
    public FrontMatter Records<T>(string key, IEnumerable<T> items, Action<FrontMatter, T> write)
    {
        var written = false;
        foreach (var item in items)
        {
            if (!written)
            {
                _text.Append(key).Append(":\n");
                written = true;
            }

            var record = new FrontMatter();
            write(record, item);
            var lines = record._text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < lines.Length; i++)
            {
                _text.Append(i == 0 ? "  - " : "    ").Append(lines[i]).Append('\n');
            }
        }

        return this;
    }

    /// <summary>The front matter between its fences, followed by the Markdown body.</summary>
    public string WithBody(string? markdown) => $"---\n{_text}---\n{(string.IsNullOrEmpty(markdown) ? "" : markdown.TrimEnd() + "\n")}";

    /// <summary>A string as a double-quoted scalar, which YAML and TOML both read.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Quoting);
}
