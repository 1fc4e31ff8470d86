using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Civic.Site.Emit.OpenData;

namespace Civic.Site.Tests.Emit.OpenData;

public sealed class DataPackageBuilderTests
{
    private static (OpenDataOutput Output, JsonObject Package) Build(string id)
    {
        var output = OpenDataPublisher.Build(OpenDataFixture.Model(), OpenDataFixture.BaseUrl);
        return (output, JsonNode.Parse(output.File(OpenDataPaths.DataPackage(id))!.Content)!.AsObject());
    }

    [Fact]
    public void Every_resource_names_the_published_csv_with_matching_bytes_and_sha256()
    {
        var (output, package) = Build("communities");

        Assert.Equal("https://datapackage.org/profiles/2.0/datapackage.json", (string)package["$schema"]!);
        var resources = package["resources"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.Equal(["communities", "districts", "topics", "sources"], resources.Select(r => (string)r["name"]!));
        foreach (var r in resources)
        {
            var path = ((string)r["path"]!)[OpenDataFixture.BaseUrl.Length..];
            var file = output.File(path)!.Content;
            Assert.Equal(file.LongLength, (long)r["bytes"]!);
            Assert.Equal("sha256:" + Convert.ToHexStringLower(SHA256.HashData(file)), (string)r["hash"]!);
            Assert.Equal("text/csv", (string)r["mediatype"]!);
            Assert.Equal("utf-8", (string)r["encoding"]!);
        }
    }

    [Fact]
    public void Table_schema_has_types_primary_key_and_foreign_keys()
    {
        var (_, package) = Build("communities");
        var schema = package["resources"]![0]!["schema"]!.AsObject();
        var fields = schema["fields"]!.AsArray().ToDictionary(f => (string)f!["name"]!, f => f!.AsObject());

        Assert.Equal("integer", (string)fields["residents"]["type"]!);
        Assert.Equal("number", (string)fields["change"]["type"]!);
        Assert.Equal("boolean", (string)fields["active"]["type"]!);
        Assert.Equal("string", (string)fields["founded"]["type"]!);
        Assert.Equal(TableSchemaBuilder.PartialDatePattern, (string)fields["founded"]["constraints"]!["pattern"]!);
        Assert.Equal("string", (string)fields["topics"]["type"]!);
        Assert.Contains("以“;”分隔", (string)fields["topics"]["description"]!);
        Assert.Equal("编号", (string)fields["id"]["title"]!);
        Assert.Contains("单位：人", (string)fields["residents"]["description"]!);
        Assert.Equal("[\"id\"]", schema["primaryKey"]!.ToJsonString());
        Assert.Equal(
            "[{\"fields\":[\"district\"],\"reference\":{\"resource\":\"districts\",\"fields\":[\"id\"]}}]",
            schema["foreignKeys"]!.ToJsonString());
    }

    [Fact]
    public void Package_has_name_version_licence_and_the_cited_sources()
    {
        var (_, package) = Build("communities");

        Assert.Equal("communities", (string)package["name"]!);
        Assert.Equal("1.2.0", (string)package["version"]!);
        Assert.Equal("CC-BY-4.0", (string)package["licenses"]![0]!["name"]!);
        Assert.Equal(
            ["一篇关于社区的报道. 长江日报, 2024-07-15", "另一篇报道，含“引号”. 2025"],
            package["sources"]!.AsArray().Select(s => (string)s!["title"]!));
    }

    [Fact]
    public void Two_builds_give_byte_identical_files()
    {
        var first = OpenDataPublisher.Build(OpenDataFixture.Model(), OpenDataFixture.BaseUrl);
        var second = OpenDataPublisher.Build(OpenDataFixture.Model(), OpenDataFixture.BaseUrl);

        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var (a, b) in first.Files.Zip(second.Files))
        {
            Assert.True(a.Content.AsSpan().SequenceEqual(b.Content), $"{a.Path} differs between two builds");
        }
    }
}
