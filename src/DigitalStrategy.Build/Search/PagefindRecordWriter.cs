using System.Text.Encodings.Web;
using System.Text.Json;
using DigitalStrategy.Theme.Search;

namespace DigitalStrategy.Build.Search;

/// <summary>
/// Writes search records as Pagefind custom records, one JSON object per line. The meta keys are
/// what the search page reads to show a result (theme/assets/search.js).
/// </summary>
public static class PagefindRecordWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(IEnumerable<SearchRecord> records, Stream stream, CancellationToken cancellationToken)
    {
        var newline = "\n"u8.ToArray();
        foreach (var record in records)
        {
            using var buffer = new MemoryStream();
            await using (var json = new Utf8JsonWriter(buffer, Options))
            {
                Write(json, record);
            }

            buffer.Write(newline);
            buffer.Position = 0;
            await buffer.CopyToAsync(stream, cancellationToken);
        }
    }

    private static void Write(Utf8JsonWriter json, SearchRecord record)
    {
        json.WriteStartObject();
        json.WriteString("url", record.Url);
        json.WriteString("content", record.IndexedContent);
        json.WriteString("language", "da");
        json.WriteStartObject("meta");
        json.WriteString("title", record.Title);
        json.WriteString("kind", SearchFacets.Label(record.Kind));
        WriteFirst(json, "municipality", record, SearchFacet.Municipality);
        WriteFirst(json, "strategy", record, SearchFacet.Strategy);
        if (record.Context is { } context)
        {
            json.WriteString("context", context);
        }

        json.WriteEndObject();
        json.WriteStartObject("filters");
        foreach (var facet in SearchFacets.All)
        {
            if (record.Filters.TryGetValue(facet, out var values))
            {
                json.WriteStartArray(SearchFacets.Key(facet));
                foreach (var value in values)
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFirst(Utf8JsonWriter json, string name, SearchRecord record, SearchFacet facet)
    {
        if (record.Filters.TryGetValue(facet, out var values) && values.Count > 0)
        {
            json.WriteString(name, values[0]);
        }
    }
}
