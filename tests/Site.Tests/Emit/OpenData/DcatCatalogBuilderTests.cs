using System.Text.Json.Nodes;
using Civic.Site.Emit.OpenData;

namespace Civic.Site.Tests.Emit.OpenData;

/// <summary>
/// The DCAT-AP 3 mandatory properties (catalogue title, description, publisher with a name; dataset title and
/// description; distribution access URL) and our own floor: language-tagged literals, typed dates, IANA media types.
/// </summary>
public sealed class DcatCatalogBuilderTests
{
    private static JsonObject Catalog() =>
        JsonNode.Parse(OpenDataPublisher.Build(OpenDataFixture.Model(), OpenDataFixture.BaseUrl).File(OpenDataPaths.Catalog)!.Content)!.AsObject();

    private static void AssertTagged(JsonNode? literal)
    {
        var items = literal is JsonArray a ? a.Select(x => x!).ToList() : [literal!];
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains((string)i["@language"]!, new[] { "zh-Hans", "en" }));
        Assert.Contains(items, i => (string)i["@language"]! == "zh-Hans");
    }

    [Fact]
    public void Catalogue_has_the_mandatory_properties_with_language_tags_and_an_inline_context()
    {
        var catalog = Catalog();

        Assert.Equal("http://www.w3.org/ns/dcat#", (string)catalog["@context"]!["dcat"]!);
        Assert.Equal("dcat:Catalog", (string)catalog["@type"]!);
        AssertTagged(catalog["dct:title"]);
        AssertTagged(catalog["dct:description"]);
        AssertTagged(catalog["dct:publisher"]!["foaf:name"]);
        Assert.Equal(4, catalog["dcat:dataset"]!.AsArray().Count);
    }

    [Fact]
    public void Every_dataset_and_distribution_has_what_dcat_ap_requires_and_recommends()
    {
        foreach (var dataset in Catalog()["dcat:dataset"]!.AsArray().Select(d => d!.AsObject()))
        {
            AssertTagged(dataset["dct:title"]);
            AssertTagged(dataset["dct:description"]);
            AssertTagged(dataset["dcat:keyword"]);
            foreach (var key in new[] { "dcat:contactPoint", "dct:publisher", "dct:spatial", "dct:temporal", "dcat:theme", "dcat:version", "dct:modified" })
            {
                Assert.True(dataset.ContainsKey(key), $"{dataset["@id"]} lacks {key}");
            }

            Assert.StartsWith("xsd:", (string)dataset["dct:modified"]!["@type"]!);
            foreach (var d in dataset["dcat:distribution"]!.AsArray().Select(d => d!.AsObject()))
            {
                Assert.StartsWith("https://civic.example/data/", (string)d["dcat:accessURL"]!["@id"]!);
                Assert.StartsWith("https://civic.example/data/", (string)d["dcat:downloadURL"]!["@id"]!);
                Assert.StartsWith("https://www.iana.org/assignments/media-types/", (string)d["dcat:mediaType"]!["@id"]!);
                Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string)d["dct:license"]!["@id"]!);
                Assert.DoesNotContain(' ', (string)d["@id"]!);
            }
        }
    }

    [Fact]
    public void Dates_keep_the_precision_of_the_data()
    {
        var communities = Catalog()["dcat:dataset"]!.AsArray().Single(d => (string)d!["dct:identifier"]! == "communities")!;

        Assert.Equal("{\"@value\":\"2025\",\"@type\":\"xsd:gYear\"}", communities["dct:modified"]!.ToJsonString());
        Assert.Equal("{\"@value\":\"2019-05\",\"@type\":\"xsd:gYearMonth\"}", communities["dct:temporal"]!["dcat:startDate"]!.ToJsonString());
    }

    [Fact]
    public void Distribution_titles_are_given_in_chinese_and_english()
    {
        var communities = Catalog()["dcat:dataset"]!.AsArray().Single(d => (string)d!["dct:identifier"]! == "communities")!;
        var csv = communities["dcat:distribution"]!.AsArray().Single(d => ((string)d!["@id"]!).EndsWith("#csv", StringComparison.Ordinal))!;

        Assert.Equal(
            "[{\"@value\":\"CSV（UTF-8，逗号分隔）\",\"@language\":\"zh-Hans\"},{\"@value\":\"CSV (UTF-8, comma-separated)\",\"@language\":\"en\"}]",
            csv["dct:title"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.All(communities["dcat:distribution"]!.AsArray(), d => Assert.Equal(2, d!["dct:title"]!.AsArray().Count));
    }
}
