using System.Text;
using DigitalStrategy.Build.OpenData;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.OpenData;

/// <summary>The CSV writer follows RFC 4180, so every spreadsheet and script reads back what was written.</summary>
public sealed class CsvWriterTests
{
    [Fact]
    public void Plain_fields_are_written_as_they_are_and_records_end_in_crlf_after_a_byte_order_mark()
    {
        var bytes = CsvWriter.Write(["id", "navn"], [["a", "Århus"], ["b", ""]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("id,navn\r\na,Århus\r\nb,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("Skole, IT og Drift", "\"Skole, IT og Drift\"")]
    [InlineData("Vi køber \"gode\" skærme", "\"Vi køber \"\"gode\"\" skærme\"")]
    [InlineData("to\nlinjer", "\"to\nlinjer\"")]
    [InlineData("to\r\nlinjer", "\"to\r\nlinjer\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("æøå ÆØÅ; semikolon", "æøå ÆØÅ; semikolon")]
    public void Fields_with_a_comma_a_quote_or_a_line_break_are_quoted(string field, string written)
    {
        var text = Encoding.UTF8.GetString(CsvWriter.Write(["felt"], [[field]])[3..]);

        Assert.Equal($"felt\r\n{written}\r\n", text);
    }

    [Fact]
    public void Awkward_values_read_back_exactly()
    {
        string[][] rows =
        [
            ["", ",", "\"\"", "a\r\nb", "slut\n"],
            ["Ærø, Fanø og Læsø", "\"citat\", sagde hun", " mellemrum ", "2021/22; 2022/23", "=1+1"],
        ];

        var table = CsvReader.ReadTable(CsvWriter.Write(["a", "b", "c", "d", "e"], rows));

        Assert.Equal(rows, table.Select(r => new[] { r["a"], r["b"], r["c"], r["d"], r["e"] }));
    }

    [Fact]
    public void A_row_with_too_few_fields_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => CsvWriter.Write(["a", "b"], [["bare én"]]));
}
