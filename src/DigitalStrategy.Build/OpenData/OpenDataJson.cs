using System.Buffers;
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
        TypeInfoResolver = OpenDataJsonContext.Default,
    };

    public static byte[] Serialize(StrategyData value) => Serialize(value, OpenDataJsonContext.Default.StrategyData);

    public static byte[] Serialize(DataIndex value) => Serialize(value, OpenDataJsonContext.Default.DataIndex);

    /// <summary>
    /// Writes with the code generated for the type, straight into a writer with the relaxed
    /// escaping; the serializer itself would not use generated code with an encoder set.
    /// </summary>
    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> type)
    {
        // One buffer per thread, kept between files, so that only the finished file is allocated.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(256 * 1024);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            if (type.SerializeHandler is { } write)
            {
                write(writer, value);
            }
            else
            {
                JsonSerializer.Serialize(writer, value, type);
            }
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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

/// <summary>
/// The open data's types, known to the serializer when the build is compiled, so that writing them
/// needs no reflection at run time (which cost more than the writing itself in a build's single run).
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Serialization,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n")]
[JsonSerializable(typeof(StrategyData))]
[JsonSerializable(typeof(DataIndex))]
internal sealed partial class OpenDataJsonContext : JsonSerializerContext;
