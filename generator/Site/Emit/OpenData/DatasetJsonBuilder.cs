using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data/&lt;dataset&gt;.json</c>: the dataset's metadata (title, licence, version, modified date, citation,
/// sources, field dictionary) and its records. A record lists only the fields its file gives; values keep their
/// types (integers and numbers as JSON numbers, dates as strings at their precision, arrays as arrays).
/// </summary>
public static class DatasetJsonBuilder
{
    /// <summary>The document for <paramref name="facts"/>' dataset.</summary>
    public static JsonObject Build(SiteModel model, DatasetFacts facts, string baseUrl)
    {
        var dataset = facts.Dataset;
        var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
        var doc = new JsonObject
        {
            ["$schema"] = baseUrl + OpenDataPaths.JsonSchema(dataset.Id),
            ["name"] = dataset.Id,
            ["title"] = Localized(dataset.Title),
            ["description"] = Localized(dataset.Description),
            ["url"] = landing,
            ["licence"] = DataPackageBuilder.Licence(model.Config),
            ["version"] = facts.Version,
            ["modified"] = facts.Modified?.ToString(),
            ["citation"] = new JsonObject
            {
                ["zh"] = Citation.Zh(model.Config, facts, landing),
                ["en"] = Citation.En(model.Config, facts, landing),
            },
            ["primary_key"] = dataset.PrimaryKey,
        };

        var sources = new JsonArray();
        foreach (var s in facts.Sources)
        {
            sources.Add((JsonNode)new JsonObject { ["id"] = s.Id, ["title"] = DataPackageBuilder.SourceTitle(s) });
        }

        doc["sources"] = sources;

        var fields = new JsonArray();
        foreach (var f in dataset.Fields)
        {
            var o = new JsonObject
            {
                ["name"] = f.Name,
                ["type"] = TableSchemaBuilder.TypeName(f.Type),
                ["title"] = Localized(f.Title),
            };
            if (f.Description is { } d)
            {
                o["description"] = Localized(d);
            }

            if (f.Unit is { } u)
            {
                o["unit"] = Localized(u);
            }

            if (f.Format is { } format)
            {
                o["format"] = format;
            }

            if (f.Reference is { } r)
            {
                o["reference"] = r;
            }

            fields.Add((JsonNode)o);
        }

        doc["fields"] = fields;

        var records = new JsonArray();
        foreach (var record in dataset.Records)
        {
            var o = new JsonObject();
            foreach (var f in dataset.Fields)
            {
                if (record.Get(f.Name) is { } value)
                {
                    o[f.Name] = Value(value);
                }
            }

            records.Add((JsonNode)o);
        }

        doc["records"] = records;
        return doc;
    }

    /// <summary>A record value as JSON.</summary>
    public static JsonNode? Value(object value) => value switch
    {
        string s => JsonValue.Create(s),
        long l => JsonValue.Create(l),
        int i => JsonValue.Create(i),
        decimal d => JsonValue.Create(d),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        PartialDate p => JsonValue.Create(p.ToString()),
        ImmutableArray<string> list => JsonText.Strings(list),
        _ => JsonValue.Create(CellText.Format(value)),
    };

    /// <summary><c>{"zh": …, "en": …}</c>, without <c>en</c> when there is none.</summary>
    public static JsonObject Localized(LocalizedText text)
    {
        var o = new JsonObject { ["zh"] = text.Zh };
        if (text.En is { } en)
        {
            o["en"] = en;
        }

        return o;
    }
}
