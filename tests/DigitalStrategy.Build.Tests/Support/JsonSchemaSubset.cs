using System.Text.Json;
using System.Text.RegularExpressions;

namespace DigitalStrategy.Build.Tests.Support;

/// <summary>
/// Validates a JSON document against a JSON Schema (draft 2020-12) that uses only the keywords
/// listed in <see cref="Keywords"/>; no .NET JSON Schema package is in the feed. A schema with any
/// other keyword is refused rather than half-checked, so the subset can never pass a document by
/// ignoring part of the schema.
/// </summary>
internal sealed class JsonSchemaSubset
{
    public static readonly IReadOnlySet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
    {
        "$schema", "$defs", "$ref", "title", "description",
        "type", "properties", "required", "additionalProperties", "items",
        "enum", "const", "pattern", "minimum", "maximum", "anyOf",
    };

    private readonly JsonElement _root;

    public JsonSchemaSubset(JsonElement root)
    {
        _root = root;
        var unknown = UnknownKeywords(root).ToList();
        if (unknown.Count > 0)
        {
            throw new NotSupportedException("The schema uses keywords this validator does not check: " + string.Join(", ", unknown.Distinct()));
        }
    }

    /// <summary>Every place where the document breaks the schema, as "path: what".</summary>
    public List<string> Validate(JsonElement document)
    {
        var errors = new List<string>();
        Check(_root, document, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Errors(s, value, path).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf");
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var allowed = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
            if (!allowed.Any(t => IsOfType(value, t)))
            {
                errors.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", allowed)}");
                return;
            }
        }

        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonElement.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {value} is not one of {options}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {value} is not {constant}");
        }

        if (value.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern) && !Regex.IsMatch(value.GetString()!, pattern.GetString()!))
        {
            errors.Add($"{path}: '{value.GetString()}' does not match {pattern}");
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            if (schema.TryGetProperty("minimum", out var minimum) && value.GetDecimal() < minimum.GetDecimal())
            {
                errors.Add($"{path}: {value} is below {minimum}");
            }

            if (schema.TryGetProperty("maximum", out var maximum) && value.GetDecimal() > maximum.GetDecimal())
            {
                errors.Add($"{path}: {value} is above {maximum}");
            }
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, value, path, errors);
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{index++}]", errors);
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
            {
                errors.Add($"{path}: lacks the required '{name}'");
            }
        }

        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, $"{path}.{property.Name}", errors);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False)
            {
                errors.Add($"{path}: has '{property.Name}', which the schema does not allow");
            }
        }
    }

    private List<string> Errors(JsonElement schema, JsonElement value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors;
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only references into $defs are supported: {reference}");
        }

        return _root.GetProperty("$defs").GetProperty(reference[Prefix.Length..]);
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type {type}"),
    };

    /// <summary>Keywords of every schema object, skipping the maps whose keys are names (properties, $defs) and literal values (enum, const).</summary>
    private static IEnumerable<string> UnknownKeywords(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var property in schema.EnumerateObject())
        {
            if (!Keywords.Contains(property.Name))
            {
                yield return property.Name;
            }

            var children = property.Name switch
            {
                "properties" or "$defs" => property.Value.EnumerateObject().Select(p => p.Value),
                "anyOf" => property.Value.EnumerateArray(),
                "items" or "additionalProperties" => [property.Value],
                _ => [],
            };
            foreach (var unknown in children.SelectMany(UnknownKeywords))
            {
                yield return unknown;
            }
        }
    }
}
