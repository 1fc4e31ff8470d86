using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// The schema.org <c>Dataset</c> JSON-LD of a landing page, as Google Dataset Search reads it: name, description,
/// licence, creator, language, version, dates, coverage, one <c>PropertyValue</c> per field, the source articles as
/// <c>isBasedOn</c> (they are what the figures come from, not works to cite alongside), the catalogue, and every
/// download with its absolute <c>contentUrl</c> and media type.
/// </summary>
public static class SchemaOrgDatasetBuilder
{
    /// <summary>The place every dataset covers.</summary>
    public const string Place = "湖北省武汉市";

    /// <summary>The JSON-LD object.</summary>
    public static JsonObject Build(SiteModel model, DatasetFacts facts, string baseUrl, IReadOnlyList<DownloadLink> downloads)
    {
        var dataset = facts.Dataset;
        var config = model.Config;
        var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
        var publisher = Citation.Publisher(config);
        var o = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Dataset",
            ["@id"] = landing,
            ["url"] = landing,
            ["name"] = dataset.Title.Zh,
        };
        if (dataset.Title.En is { } en)
        {
            o["alternateName"] = en;
        }

        o["description"] = dataset.Description.En is { } den ? $"{dataset.Description.Zh}\n\n{den}" : dataset.Description.Zh;
        o["identifier"] = dataset.Id;
        if (facts.Version is { } version)
        {
            o["version"] = version;
        }

        o["inLanguage"] = config.DefaultLanguage;
        o["keywords"] = JsonText.Strings(DataPackageBuilder.Keywords(dataset));
        o["license"] = config.Licence.Url ?? config.Licence.Id;
        o["isAccessibleForFree"] = true;
        o["creator"] = Organization(publisher.Zh, baseUrl);
        o["publisher"] = Organization(publisher.Zh, baseUrl);
        o["creditText"] = Citation.Zh(config, facts, landing);
        if (facts.Modified is { } modified)
        {
            o["dateModified"] = modified.ToString();
        }

        if (facts.TemporalCoverage is { } coverage)
        {
            o["temporalCoverage"] = coverage;
        }

        o["spatialCoverage"] = new JsonObject { ["@type"] = "Place", ["name"] = Place };
        o["measurementTechnique"] = "汇编自公开新闻报道，每条记录注明来源报道";

        var variables = new JsonArray();
        foreach (var f in dataset.Fields.Where(f => f.Name != dataset.PrimaryKey))
        {
            var v = new JsonObject { ["@type"] = "PropertyValue", ["name"] = f.Name, ["description"] = VariableDescription(f) };
            if (f.Unit is { } unit)
            {
                v["unitText"] = unit.Zh;
            }

            variables.Add((JsonNode)v);
        }

        o["variableMeasured"] = variables;

        var basedOn = new JsonArray();
        foreach (var s in facts.Sources)
        {
            var article = new JsonObject { ["@type"] = "NewsArticle", ["headline"] = s.GetString("headline") ?? s.Title.Zh };
            if (s.Get("date") is PartialDate date)
            {
                article["datePublished"] = date.ToString();
            }

            if (s.GetString("publisher") is { Length: > 0 } name)
            {
                article["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = name };
            }

            basedOn.Add((JsonNode)article);
        }

        if (basedOn.Count > 0)
        {
            o["isBasedOn"] = basedOn;
        }

        o["includedInDataCatalog"] = new JsonObject
        {
            ["@type"] = "DataCatalog",
            ["name"] = config.Title.Zh,
            ["url"] = baseUrl + "data/",
        };

        var distribution = new JsonArray();
        foreach (var d in downloads)
        {
            distribution.Add((JsonNode)new JsonObject
            {
                ["@type"] = "DataDownload",
                ["name"] = d.Label.Zh,
                ["encodingFormat"] = d.MediaType,
                ["contentUrl"] = d.Url,
                ["contentSize"] = d.SizeText,
            });
        }

        o["distribution"] = distribution;
        return o;
    }

    private static JsonObject Organization(string name, string url) =>
        new() { ["@type"] = "Organization", ["name"] = name, ["url"] = url };

    private static string VariableDescription(FieldSchema f)
    {
        var description = TableSchemaBuilder.Description(f);
        return description.Length > 0 ? $"{f.Title.Zh}：{description}" : f.Title.Zh;
    }
}
