using System.Text;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader, written apart from the build's writer so that the tests read the files
/// the way a spreadsheet or a script would: quoted fields may hold commas, doubled quotes and line
/// breaks; every record ends in CRLF. Anything else (a bare quote, a stray CR or LF) is an error.
/// </summary>
internal static class CsvReader
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"A quote inside an unquoted field at {i}.");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i += 2;
                records.Add([.. fields]);
                fields.Clear();
                continue;
            }

            throw new FormatException($"A record does not end in CRLF at {i}.");
        }

        if (fields.Count > 0)
        {
            throw new FormatException("The last record does not end in CRLF.");
        }

        return records;
    }

    /// <summary>Reads a CSV file's bytes: a UTF-8 byte order mark, then records; returns the rows as header → value maps.</summary>
    public static List<Dictionary<string, string>> ReadTable(byte[] bytes)
    {
        if (bytes is not [0xEF, 0xBB, 0xBF, ..])
        {
            throw new FormatException("The file does not start with a UTF-8 byte order mark.");
        }

        var records = Parse(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
        var header = records[0];
        if (records.Skip(1).FirstOrDefault(r => r.Length != header.Length) is { } ragged)
        {
            throw new FormatException($"A row has {ragged.Length} fields where the header has {header.Length}.");
        }

        return records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }
}
