using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data/&lt;dataset&gt;.schema.json</c>: a JSON Schema (draft-07) of <c>/data/&lt;dataset&gt;.json</c>, built from
/// the field declarations, so anyone can check a copy of the data with an ordinary JSON Schema validator.
/// </summary>
public static class RecordSchemaBuilder
{
    /// <summary>The schema for <paramref name="dataset"/>.</summary>
    public static JsonObject Build(Dataset dataset, string baseUrl)
    {
        var properties = new JsonObject();
        var required = new List<string>();
        foreach (var f in dataset.Fields)
        {
            properties[f.Name] = Field(f);
            if (f.Constraints.Required)
            {
                required.Add(f.Name);
            }
        }

        var record = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
        if (required.Count > 0)
        {
            record["required"] = JsonText.Strings(required);
        }

        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = baseUrl + OpenDataPaths.JsonSchema(dataset.Id),
            ["title"] = $"{dataset.Title.Zh} ({dataset.Id})",
            ["type"] = "object",
            ["required"] = JsonText.Strings(["name", "title", "licence", "fields", "records"]),
            ["properties"] = new JsonObject
            {
                ["name"] = new JsonObject { ["const"] = dataset.Id },
                ["records"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["$ref"] = "#/definitions/record" },
                },
            },
            ["definitions"] = new JsonObject { ["record"] = record },
        };
    }

    private static JsonObject Field(FieldSchema f)
    {
        var c = f.Constraints;
        var o = new JsonObject { ["title"] = f.Title.Zh };
        if (TableSchemaBuilder.Description(f) is { Length: > 0 } description)
        {
            o["description"] = description;
        }

        switch (f.Type)
        {
            case FieldType.Integer or FieldType.Number:
                o["type"] = f.Type == FieldType.Integer ? "integer" : "number";
                if (c.Minimum is { } min)
                {
                    o["minimum"] = min;
                }

                if (c.Maximum is { } max)
                {
                    o["maximum"] = max;
                }

                break;
            case FieldType.Boolean:
                o["type"] = "boolean";
                break;
            case FieldType.Date:
                o["type"] = "string";
                o["pattern"] = f.IsPartialDate ? TableSchemaBuilder.PartialDatePattern : "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
                break;
            case FieldType.Year:
                o["type"] = "string";
                o["pattern"] = "^[0-9]{4}$";
                break;
            case FieldType.YearMonth:
                o["type"] = "string";
                o["pattern"] = "^[0-9]{4}-[0-9]{2}$";
                break;
            case FieldType.Array:
                o["type"] = "array";
                var items = StringRules(c);
                items["type"] = "string";
                o["items"] = items;
                if (c.Required)
                {
                    o["minItems"] = 1;
                }

                break;
            default:
                o["type"] = "string";
                foreach (var (key, value) in StringRules(c).ToList())
                {
                    o[key] = value?.DeepClone();
                }

                if (c.MinLength is { } minLength)
                {
                    o["minLength"] = minLength;
                }

                if (c.MaxLength is { } maxLength)
                {
                    o["maxLength"] = maxLength;
                }

                break;
        }

        return o;
    }

    private static JsonObject StringRules(FieldConstraints c)
    {
        var o = new JsonObject();
        if (c.Pattern is { } pattern)
        {
            // The model's patterns match a whole value; JSON Schema's match anywhere unless anchored.
            o["pattern"] = $"^(?:{pattern})$";
        }

        if (!c.Enum.IsDefaultOrEmpty)
        {
            o["enum"] = JsonText.Strings(c.Enum);
        }

        return o;
    }
}
