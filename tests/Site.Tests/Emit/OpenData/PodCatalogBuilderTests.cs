using System.Text.Json.Nodes;
using Civic.Site.Emit.OpenData;

namespace Civic.Site.Tests.Emit.OpenData;

/// <summary><c>/data.json</c> (Project Open Data 1.1, non-federal profile): nothing in it that the site does not know.</summary>
public sealed class PodCatalogBuilderTests
{
    private static JsonArray Datasets() =>
        JsonNode.Parse(OpenDataPublisher.Build(OpenDataFixture.Model(), OpenDataFixture.BaseUrl).File(OpenDataPaths.PodCatalog)!.Content)!["dataset"]!.AsArray();

    [Fact]
    public void Without_a_contact_address_the_contact_point_has_a_name_and_no_email()
    {
        Assert.All(Datasets(), d =>
        {
            var contact = d!["contactPoint"]!.AsObject();
            Assert.Equal("Civic 开放数据编辑组", (string)contact["fn"]!);
            Assert.False(contact.ContainsKey("hasEmail"), contact.ToJsonString());
        });
    }

    [Fact]
    public void Distribution_titles_are_in_the_one_language_the_catalogue_declares()
    {
        var communities = Datasets().Single(d => ((string)d!["identifier"]!).EndsWith("/data/communities/", StringComparison.Ordinal))!;

        Assert.Equal("[\"zh-Hans\"]", communities["language"]!.ToJsonString());
        Assert.Equal(
            ["CSV（UTF-8，逗号分隔）", "Excel 工作簿（含「说明」表）", "JSON（记录与元数据）", "JSON Schema（记录结构）", "Frictionless Data Package 描述文件", "SQLite 数据库（全部数据集）"],
            communities["distribution"]!.AsArray().Select(x => (string)x!["title"]!));
    }
}
