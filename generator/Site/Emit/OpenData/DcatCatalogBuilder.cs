using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/catalog.jsonld</c>: the site's catalogue in DCAT 3, with the DCAT-AP 3 mandatory properties (catalogue title,
/// description and publisher; dataset title and description; distribution access URL; agent name) and most
/// recommended ones. Every human-readable literal carries a language tag (zh-Hans, and en where there is one).
/// The @context is inline so the file can be processed offline.
/// </summary>
public static class DcatCatalogBuilder
{
    private const string EuLanguage = "http://publications.europa.eu/resource/authority/language/";
    private const string EuFileType = "http://publications.europa.eu/resource/authority/file-type/";
    private const string EuTheme = "http://publications.europa.eu/resource/authority/data-theme/";
    private const string IanaMediaTypes = "https://www.iana.org/assignments/media-types/";

    /// <summary>The catalogue document.</summary>
    public static JsonObject Build(SiteModel model, IReadOnlyList<DatasetFacts> all, string baseUrl, Func<string, IReadOnlyList<DownloadLink>> downloads)
    {
        var config = model.Config;
        var publisherId = baseUrl + "#publisher";
        var datasets = new JsonArray();
        foreach (var facts in all)
        {
            datasets.Add((JsonNode)Dataset(model, facts, baseUrl, publisherId, downloads(facts.Dataset.Id)));
        }

        var catalog = new JsonObject
        {
            ["@context"] = Context(),
            ["@id"] = baseUrl + OpenDataPaths.Catalog,
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = Literal(config.Title),
            ["dct:description"] = Literal(config.Description ?? config.Title),
            ["dct:publisher"] = new JsonObject
            {
                ["@id"] = publisherId,
                ["@type"] = "foaf:Agent",
                ["foaf:name"] = Literal(Citation.Publisher(config)),
                ["foaf:homepage"] = Ref(baseUrl),
            },
            ["foaf:homepage"] = Ref(baseUrl),
            ["dct:language"] = Ref(EuLanguage + "ZHO"),
            ["dct:license"] = Ref(config.Licence.Url ?? config.Licence.Id),
            ["dct:spatial"] = Spatial(),
        };
        var modified = all.Select(f => f.Modified).OfType<PartialDate>().ToList();
        if (modified.Count > 0)
        {
            catalog["dct:modified"] = Date(modified.Max());
        }

        catalog["dcat:dataset"] = datasets;
        return catalog;
    }

    private static JsonObject Dataset(SiteModel model, DatasetFacts facts, string baseUrl, string publisherId, IReadOnlyList<DownloadLink> downloads)
    {
        var dataset = facts.Dataset;
        var config = model.Config;
        var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
        var keywords = new JsonArray(
            Tagged(dataset.Title.Zh, "zh-Hans"),
            Tagged("武汉", "zh-Hans"));
        if (dataset.Title.En is { } en)
        {
            keywords.Add((JsonNode)Tagged(en, "en"));
        }

        keywords.Add((JsonNode)Tagged("Wuhan", "en"));
        var o = new JsonObject
        {
            ["@id"] = landing,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = dataset.Id,
            ["dct:title"] = Literal(dataset.Title),
            ["dct:description"] = Literal(dataset.Description),
            ["dcat:keyword"] = keywords,
            ["dcat:theme"] = Ref(EuTheme + "SOCI"),
            ["dct:publisher"] = Ref(publisherId),
            ["dcat:contactPoint"] = new JsonObject
            {
                ["@type"] = "vcard:Organization",
                ["vcard:fn"] = Literal(Citation.Publisher(config)),
                ["vcard:hasURL"] = Ref(baseUrl),
            },
            ["dct:spatial"] = Spatial(),
            ["dct:language"] = Ref(EuLanguage + "ZHO"),
            ["dct:license"] = Ref(config.Licence.Url ?? config.Licence.Id),
            ["dcat:landingPage"] = Ref(landing),
        };
        if (facts.Earliest is { } start && facts.Latest is { } end)
        {
            o["dct:temporal"] = new JsonObject
            {
                ["@type"] = "dct:PeriodOfTime",
                ["dcat:startDate"] = Date(start),
                ["dcat:endDate"] = Date(end),
            };
        }

        if (facts.Modified is { } modified)
        {
            o["dct:modified"] = Date(modified);
        }

        if (facts.Version is { } version)
        {
            o["dcat:version"] = version;
        }

        var distributions = new JsonArray();
        foreach (var d in downloads)
        {
            distributions.Add((JsonNode)Distribution(config, landing, d));
        }

        o["dcat:distribution"] = distributions;
        return o;
    }

    private static JsonObject Distribution(SiteConfig config, string landing, DownloadLink d)
    {
        var o = new JsonObject
        {
            ["@id"] = landing + "#" + d.Format.ToLowerInvariant().Replace(' ', '-'),
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = Literal(d.Label),
            ["dcat:accessURL"] = Ref(landing),
            ["dcat:downloadURL"] = Ref(d.Url),
            ["dcat:mediaType"] = Ref(IanaMediaTypes + d.MediaType),
        };
        if (d.Format is "CSV" or "XLSX" or "JSON")
        {
            o["dct:format"] = Ref(EuFileType + d.Format);
        }

        o["dct:license"] = Ref(config.Licence.Url ?? config.Licence.Id);
        o["dcat:byteSize"] = new JsonObject
        {
            ["@value"] = d.Bytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["@type"] = "xsd:nonNegativeInteger",
        };
        return o;
    }

    private static JsonObject Context() => new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["vcard"] = "http://www.w3.org/2006/vcard/ns#",
        ["skos"] = "http://www.w3.org/2004/02/skos/core#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
    };

    private static JsonObject Spatial() => new()
    {
        ["@type"] = "dct:Location",
        ["skos:prefLabel"] = new JsonArray(Tagged(SchemaOrgDatasetBuilder.Place, "zh-Hans"), Tagged("Wuhan, Hubei, China", "en")),
    };

    /// <summary>A language-tagged literal.</summary>
    public static JsonObject Tagged(string value, string language) => new() { ["@value"] = value, ["@language"] = language };

    /// <summary>zh-Hans and, when present, en literals.</summary>
    public static JsonArray Literal(LocalizedText text)
    {
        var a = new JsonArray(Tagged(text.Zh, "zh-Hans"));
        if (text.En is { } en)
        {
            a.Add((JsonNode)Tagged(en, "en"));
        }

        return a;
    }

    private static JsonObject Ref(string iri) => new() { ["@id"] = iri };

    /// <summary>A typed date literal at its precision: xsd:gYear, xsd:gYearMonth or xsd:date.</summary>
    public static JsonObject Date(PartialDate date) => new()
    {
        ["@value"] = date.ToString(),
        ["@type"] = date.Precision switch
        {
            DatePrecision.Year => "xsd:gYear",
            DatePrecision.Month => "xsd:gYearMonth",
            _ => "xsd:date",
        },
    };
}
