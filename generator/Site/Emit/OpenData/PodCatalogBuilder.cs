using System.Text.Json.Nodes;
using Civic.Site.Model;

namespace Civic.Site.Emit.OpenData;

/// <summary>
/// <c>/data.json</c> in Project Open Data 1.1, for data.json harvesters (CKAN, JKAN). We follow the non-federal
/// profile: every POD field except the US-federal <c>bureauCode</c> and <c>programCode</c>, which have no meaning
/// for Wuhan data and are never invented (see tools/validate/schemas/README.md). site.yml gives no contact e-mail,
/// so <c>contactPoint</c> has its name only: the profile makes <c>hasEmail</c> optional rather than publish a bare
/// <c>mailto:</c>. POD is one language; titles are the Chinese ones, as <c>language</c> says.
/// </summary>
public static class PodCatalogBuilder
{
    /// <summary>The value of <c>conformsTo</c>.</summary>
    public const string Schema = "https://project-open-data.cio.gov/v1.1/schema";

    /// <summary>The catalogue document.</summary>
    public static JsonObject Build(SiteModel model, IReadOnlyList<DatasetFacts> all, string baseUrl, Func<string, IReadOnlyList<DownloadLink>> downloads)
    {
        var config = model.Config;
        var datasets = new JsonArray();
        foreach (var facts in all)
        {
            var dataset = facts.Dataset;
            var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
            var o = new JsonObject
            {
                ["@type"] = "dcat:Dataset",
                ["title"] = dataset.Title.Zh,
                ["description"] = dataset.Description.Zh,
                ["keyword"] = JsonText.Strings(DataPackageBuilder.Keywords(dataset)),
            };
            if (facts.Modified is { } modified)
            {
                o["modified"] = modified.ToString();
            }

            o["publisher"] = new JsonObject { ["@type"] = "org:Organization", ["name"] = Citation.Publisher(config).Zh };
            o["contactPoint"] = new JsonObject { ["@type"] = "vcard:Contact", ["fn"] = Citation.Publisher(config).Zh };
            o["identifier"] = landing;
            o["accessLevel"] = "public";
            o["license"] = config.Licence.Url ?? config.Licence.Id;
            o["spatial"] = SchemaOrgDatasetBuilder.Place;
            if (facts.Earliest is { } start && facts.Latest is { } end)
            {
                o["temporal"] = $"{start}/{end}";
            }

            o["language"] = JsonText.Strings([config.DefaultLanguage]);
            o["landingPage"] = landing;
            o["describedBy"] = baseUrl + OpenDataPaths.DataPackage(dataset.Id);
            o["describedByType"] = "application/json";
            var distributions = new JsonArray();
            foreach (var d in downloads(dataset.Id))
            {
                distributions.Add((JsonNode)new JsonObject
                {
                    ["@type"] = "dcat:Distribution",
                    ["title"] = d.Label.Zh,
                    ["downloadURL"] = d.Url,
                    ["mediaType"] = d.MediaType,
                    ["format"] = d.Format,
                });
            }

            o["distribution"] = distributions;
            datasets.Add((JsonNode)o);
        }

        return new JsonObject
        {
            ["@context"] = "https://project-open-data.cio.gov/v1.1/schema/catalog.jsonld",
            ["@id"] = baseUrl + OpenDataPaths.PodCatalog,
            ["@type"] = "dcat:Catalog",
            ["conformsTo"] = Schema,
            ["describedBy"] = "https://project-open-data.cio.gov/v1.1/schema/catalog.json",
            ["dataset"] = datasets,
        };
    }
}
