using System.Runtime.CompilerServices;
using System.Text;

namespace DigitalStrategy.Build.OpenData;

/// <summary>
/// Writes CSV as RFC 4180 describes it: comma between fields, CRLF after every record, and a field
/// in double quotes (with its quotes doubled) when it holds a comma, a quote or a line break. The
/// bytes start with a UTF-8 byte order mark, which is how Excel knows the file is UTF-8 and shows
/// æ, ø and å rightly.
/// </summary>
public static class CsvWriter
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        AppendRecord(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} fields where the header has {header.Count}.", nameof(rows));
            }

            AppendRecord(text, row);
        }

        return Encode(text);
    }

    // Compiled fully optimized at once rather than tiered: a build runs this thousands of times within its
    // first second, mostly before tiered compilation would have optimized it.
    /// <summary>The bytes of a file written into <paramref name="text"/> record by record: the byte order mark, then the text as UTF-8.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static byte[] Encode(StringBuilder text)
    {
        var length = ByteOrderMark.Length;
        foreach (var chunk in text.GetChunks())
        {
            length += Utf8.GetByteCount(chunk.Span);
        }

        var bytes = new byte[length];
        ByteOrderMark.CopyTo(bytes, 0);
        var at = ByteOrderMark.Length;
        foreach (var chunk in text.GetChunks())
        {
            at += Utf8.GetBytes(chunk.Span, bytes.AsSpan(at));
        }

        return bytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AppendRecord(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            AppendField(text, fields[i]);
        }

        EndRecord(text);
    }

    internal static void EndRecord(StringBuilder text) => text.Append("\r\n");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void AppendField(StringBuilder text, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
}
