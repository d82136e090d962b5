using System.Text.Json;
using DigitalStrategy.Build.Tests.Support;

namespace DigitalStrategy.Build.Tests.OpenData;

/// <summary>
/// The JSON Schema of a strategy's file (schemas/data/strategy-data.schema.json, published at
/// /data/schema.json) says exactly what the files hold: every file validates, and the schema
/// requires every property it declares and allows no other.
/// </summary>
public sealed class JsonSchemaTests
{
    private static readonly string SourcePath = RepositoryPaths.Combine("schemas", "data", "strategy-data.schema.json");

    internal static JsonSchemaSubset Schema() => new(JsonDocument.Parse(File.ReadAllBytes(SourcePath)).RootElement);

    /// <summary>Every property name the schema declares, at any depth.</summary>
    internal static IEnumerable<string> PropertyNames()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SourcePath));
        return ObjectSchemas(schema.RootElement).SelectMany(o => o.GetProperty("properties").EnumerateObject().Select(p => p.Name)).Distinct().ToList();
    }

    [Fact]
    public async Task The_site_publishes_the_schema_as_it_is_in_the_repository()
    {
        using var site = await OpenDataSiteTests.BuiltAsync();

        Assert.Equal(File.ReadAllBytes(SourcePath), File.ReadAllBytes(site.FileOf("/data/schema.json")));
        using var schema = OpenDataSiteTests.Json(site, "/data/schema.json");
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("https://example.dk/")]
    public async Task Every_strategy_file_of_the_site_validates_against_the_schema(string? baseUrl)
    {
        using var site = await OpenDataSiteTests.BuiltAsync(baseUrl);

        foreach (var url in new[] { "/data/testby/plan.json", "/data/testby/udstyr.json" })
        {
            using var json = OpenDataSiteTests.Json(site, url);
            Assert.Empty(Schema().Validate(json.RootElement));
        }
    }

    [Fact]
    public void Every_object_of_the_schema_requires_all_its_properties_and_allows_no_other()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SourcePath));

        var objects = ObjectSchemas(schema.RootElement).ToList();
        Assert.True(objects.Count > 15);
        Assert.All(objects, o =>
        {
            Assert.Equal(JsonValueKind.False, o.GetProperty("additionalProperties").ValueKind);
            Assert.Equal(
                o.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal),
                o.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public async Task The_validator_reports_a_missing_property_an_unknown_one_and_a_wrong_type()
    {
        using var site = await OpenDataSiteTests.BuiltAsync();
        var text = File.ReadAllText(site.FileOf("/data/testby/plan.json"));

        string[] broken =
        [
            text.Replace("\"schema_version\": 1,", "", StringComparison.Ordinal),
            text.Replace("\"schema_version\": 1,", "\"schema_version\": 1, \"extra\": true,", StringComparison.Ordinal),
            text.Replace("\"id\": \"laering\"", "\"id\": 7", StringComparison.Ordinal),
            text.Replace("\"appendix_school_year\": \"2022/23\"", "\"appendix_school_year\": \"2022-23\"", StringComparison.Ordinal),
        ];
        Assert.All(broken, b =>
        {
            Assert.NotEqual(text, b);
            using var json = JsonDocument.Parse(b);
            Assert.NotEmpty(Schema().Validate(json.RootElement));
        });
    }

    /// <summary>Every schema object that declares properties, at any depth.</summary>
    private static IEnumerable<JsonElement> ObjectSchemas(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in schema.EnumerateArray().SelectMany(ObjectSchemas))
            {
                yield return item;
            }
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            yield return schema;
            foreach (var child in properties.EnumerateObject().SelectMany(p => ObjectSchemas(p.Value)))
            {
                yield return child;
            }
        }

        foreach (var keyword in new[] { "items", "anyOf" })
        {
            if (schema.TryGetProperty(keyword, out var child))
            {
                foreach (var nested in ObjectSchemas(child))
                {
                    yield return nested;
                }
            }
        }

        if (schema.TryGetProperty("$defs", out var defs))
        {
            foreach (var nested in defs.EnumerateObject().SelectMany(d => ObjectSchemas(d.Value)))
            {
                yield return nested;
            }
        }
    }
}
