using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DigitalStrategy.Build.OpenData;

/// <summary>
/// How the open-data JSON is written: snake_case names as in the YAML sources, properties in the
/// order the records declare them, nulls written out, indented with two spaces and "\n" on every
/// system, UTF-8 without a byte order mark, and æ, ø and å as themselves rather than escapes.
/// </summary>
public static class OpenDataJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static byte[] Serialize<T>(T value) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options) + "\n");

    /// <summary>The JSON Schema of a strategy's file, from schemas/data/strategy-data.schema.json, embedded in the assembly.</summary>
    public static byte[] Schema()
    {
        using var stream = typeof(OpenDataJson).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The resource {SchemaResource} is missing from the build assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private const string SchemaResource = "DigitalStrategy.Build.OpenData.strategy-data.schema.json";
}
