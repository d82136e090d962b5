using System.Text.Json;
using DigitalStrategy.Content.Loading;
using DigitalStrategy.Content.Tests.Support;

namespace DigitalStrategy.Content.Tests.Schemas;

/// <summary>
/// The published sources name their schema in their first line and keep to it, so an editor who
/// opens any of them gets completion and warnings; and the schemas explain every field in Danish.
/// </summary>
public sealed class InputSchemaTests
{
    private static readonly string[] Sources = Directory
        .EnumerateFiles(RepositoryPaths.Input, "*", SearchOption.AllDirectories)
        .Where(f => YamlSchemas.SchemaFor(Relative(f)) is not null)
        .Order(StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_yaml_file_in_input_begins_with_the_modeline_of_its_schema()
    {
        var yaml = Sources.Where(f => SourceLayout.IsYaml(f)).ToList();
        Assert.True(yaml.Count > 30, $"Only {yaml.Count} YAML files found in {RepositoryPaths.Input}");
        Assert.All(yaml, file =>
        {
            var modeline = YamlSchemas.Modeline(Relative(file))!;
            Assert.Equal(modeline, File.ReadLines(file).First());

            // The modeline's path leads from the file to the schema, as the editor follows it.
            var schema = modeline["# yaml-language-server: $schema=".Length..];
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, schema)), $"{schema} does not lead from {file} to a schema");
        });
    }

    [Fact]
    public void Every_source_file_in_input_keeps_to_its_schema()
    {
        var verdicts = SchemaValidator.Validate(Sources.Select(f => (YamlSchemas.SchemaFor(Relative(f))!, f)));

        Assert.Equal(Sources.Length, verdicts.Count);
        Assert.All(Sources, file => Assert.True(verdicts[file].Valid, $"{Relative(file)}: {verdicts[file]}"));
        Assert.Contains(Sources, f => YamlSchemas.SchemaFor(Relative(f)) == YamlSchemas.Chapter);
    }

    [Fact]
    public void Modelines_lead_from_each_kind_of_file_up_to_the_schemas_folder()
    {
        Assert.Equal("# yaml-language-server: $schema=../schemas/site.schema.json", YamlSchemas.Modeline("site.yml"));
        Assert.Equal("# yaml-language-server: $schema=../../schemas/municipality.schema.json", YamlSchemas.Modeline("lemvig/municipality.yml"));
        Assert.Equal("# yaml-language-server: $schema=../../../schemas/glossary.schema.json", YamlSchemas.Modeline("herning/plan/glossary.yml"));
        Assert.Equal("# yaml-language-server: $schema=../../../../schemas/appendix.schema.json", YamlSchemas.Modeline("lemvig/plan/appendices/2023-24.yaml"));
        Assert.Null(YamlSchemas.Modeline("lemvig/plan/chapters/01-indledning.md"));
        Assert.Null(YamlSchemas.Modeline("lemvig/plan/focus-area/01-sigte.yml"));
    }

    [Fact]
    public void Every_field_in_every_schema_has_a_danish_title_and_description()
    {
        var schemas = Directory.GetFiles(RepositoryPaths.Combine(YamlSchemas.Folder), "*.schema.json");
        Assert.Equal(9, schemas.Length);
        foreach (var path in schemas)
        {
            using var schema = JsonDocument.Parse(File.ReadAllText(path));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
            var fields = Properties(schema.RootElement).ToList();
            Assert.NotEmpty(fields);
            Assert.All(fields, field =>
            {
                Assert.True(field.Value.TryGetProperty("title", out var title) && title.GetString()!.Length > 0, $"{Path.GetFileName(path)}: '{field.Name}' has no title");
                Assert.True(field.Value.TryGetProperty("description", out var text) && text.GetString()!.Length > 20, $"{Path.GetFileName(path)}: '{field.Name}' has no description");
            });
        }
    }

    /// <summary>Every field a schema describes, at any depth.</summary>
    private static IEnumerable<JsonProperty> Properties(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            return element.EnumerateArray().SelectMany(Properties);
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        var own = element.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().ToList() : [];
        return own.Concat(element.EnumerateObject().SelectMany(p => Properties(p.Value)));
    }

    private static string Relative(string file) => Path.GetRelativePath(RepositoryPaths.Input, file).Replace('\\', '/');
}
