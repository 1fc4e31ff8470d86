using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// The Frictionless Table Schema (v2) of a dataset's CSV. ASCII field names, Chinese titles, a description that
/// states the unit, constraints from <c>_dataset.yml</c>, the primary key, and a foreign key for every single-valued
/// reference field. A partial date (YYYY, YYYY-MM or YYYY-MM-DD) is a string with a pattern, since the Table
/// Schema <c>date</c> type needs a full date; an array is a string of items joined with ';'.
/// </summary>
public static class TableSchemaBuilder
{
    /// <summary>Pattern of a date written at the precision the source gives.</summary>
    public const string PartialDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    /// <summary>The Table Schema of <paramref name="dataset"/>.</summary>
    public static JsonObject Build(SiteModel model, Dataset dataset)
    {
        var fields = new JsonArray();
        foreach (var f in dataset.Fields)
        {
            fields.Add((JsonNode)Field(f));
        }

        var schema = new JsonObject
        {
            ["fields"] = fields,
            ["missingValues"] = JsonText.Strings([""]),
            ["primaryKey"] = JsonText.Strings([dataset.PrimaryKey]),
        };

        var foreignKeys = new JsonArray();
        foreach (var f in dataset.Fields.Where(f => f.Reference is not null && f.Type != FieldType.Array))
        {
            var target = model.Dataset(f.Reference!);
            if (target is null)
            {
                continue;
            }

            foreignKeys.Add((JsonNode)new JsonObject
            {
                ["fields"] = JsonText.Strings([f.Name]),
                ["reference"] = new JsonObject
                {
                    ["resource"] = target.Id == dataset.Id ? "" : target.Id,
                    ["fields"] = JsonText.Strings([target.PrimaryKey]),
                },
            });
        }

        if (foreignKeys.Count > 0)
        {
            schema["foreignKeys"] = foreignKeys;
        }

        return schema;
    }

    private static JsonObject Field(FieldSchema f)
    {
        var o = new JsonObject { ["name"] = f.Name, ["title"] = f.Title.Zh };
        var description = Description(f);
        if (description.Length > 0)
        {
            o["description"] = description;
        }

        var c = f.Constraints;
        var constraints = new JsonObject();
        if (c.Required)
        {
            constraints["required"] = true;
        }

        switch (f.Type)
        {
            case FieldType.Array:
                // The published 2.0 profile we validate against has no `list` type, so a list is a string whose
                // items are joined with ';' (the description says so).
                o["type"] = "string";
                break;
            case FieldType.Date when f.IsPartialDate:
                o["type"] = "string";
                constraints["pattern"] = PartialDatePattern;
                break;
            default:
                o["type"] = TypeName(f.Type);
                if (c.Unique)
                {
                    constraints["unique"] = true;
                }

                if (c.Minimum is { } min && f.Type is FieldType.Integer or FieldType.Number)
                {
                    constraints["minimum"] = min;
                }

                if (c.Maximum is { } max && f.Type is FieldType.Integer or FieldType.Number)
                {
                    constraints["maximum"] = max;
                }

                if (f.Type == FieldType.String)
                {
                    if (c.MinLength is { } minLength)
                    {
                        constraints["minLength"] = minLength;
                    }

                    if (c.MaxLength is { } maxLength)
                    {
                        constraints["maxLength"] = maxLength;
                    }

                    if (c.Pattern is { } pattern)
                    {
                        constraints["pattern"] = pattern;
                    }

                    if (!c.Enum.IsDefaultOrEmpty)
                    {
                        constraints["enum"] = JsonText.Strings(c.Enum);
                    }
                }

                break;
        }

        if (constraints.Count > 0)
        {
            o["constraints"] = constraints;
        }

        return o;
    }

    /// <summary>Table Schema type name.</summary>
    public static string TypeName(FieldType type) => type switch
    {
        FieldType.String => "string",
        FieldType.Integer => "integer",
        FieldType.Number => "number",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        FieldType.Year => "year",
        FieldType.YearMonth => "yearmonth",
        FieldType.Array => "list",
        _ => "any",
    };

    /// <summary>The field's Chinese description, its unit, its English title, and what it refers to.</summary>
    public static string Description(FieldSchema f)
    {
        var parts = new List<string>();
        if (f.Description is { } d)
        {
            parts.Add(d.Zh);
        }

        if (f.Unit is { } u)
        {
            parts.Add($"单位：{u.Zh}" + (u.En is { } ue ? $" (unit: {ue})" : ""));
        }

        if (f.IsPartialDate)
        {
            parts.Add("日期精度按来源：YYYY、YYYY-MM 或 YYYY-MM-DD");
        }

        if (f.Reference is { } r)
        {
            parts.Add(f.Type == FieldType.Array ? $"{r} 数据集的编号，以“{CellText.ListDelimiter}”分隔" : $"{r} 数据集的编号");
        }
        else if (f.Type == FieldType.Array)
        {
            parts.Add($"多项以“{CellText.ListDelimiter}”分隔");
        }

        if (f.Type == FieldType.Array && !f.Constraints.Enum.IsDefaultOrEmpty)
        {
            parts.Add("可取值：" + string.Join("、", f.Constraints.Enum));
        }

        if (f.Title.En is { } en)
        {
            parts.Add(en);
        }

        return string.Join("；", parts);
    }
}
