using System.Text;

namespace DigitalStrategy.Benchmarks;

/// <summary>A plain table for the console: columns padded to their widest cell, text left and numbers right.</summary>
public sealed class TextTable(params string[] headings)
{
    private readonly List<string[]> _rows = [];

    public TextTable Row(params string[] cells)
    {
        if (cells.Length != headings.Length)
        {
            throw new ArgumentException($"A row needs {headings.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var all = _rows.Prepend(headings).ToList();
        var widths = Enumerable.Range(0, headings.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        var numeric = Enumerable.Range(0, headings.Length).Select(c => _rows.Count > 0 && _rows.All(r => IsNumber(r[c]))).ToArray();
        var text = new StringBuilder();
        foreach (var (row, index) in all.Select((r, i) => (r, i)))
        {
            var cells = row.Select((cell, c) => numeric[c] ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            text.Append(string.Join("  ", cells).TrimEnd()).Append('\n');
            if (index == 0)
            {
                text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsNumber(string cell) => cell.Length > 0 && (char.IsAsciiDigit(cell[0]) || cell[0] == '-');
}
