using System.IO.Compression;
using System.Text.Json;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

public sealed class SearchIndexWriterTests
{
    // Small shards so the fixture spreads over many of them, as a real site does.
    private static readonly SearchIndexOptions SmallShards = SearchIndexOptions.Default with { TargetShardBytes = 200, TargetBlockBytes = 300 };

    [Fact]
    public void Build_IsByteIdentical_WhateverTheInputOrder()
    {
        var first = SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards);
        var second = SearchIndexWriter.Build(SearchFixtureCorpus.Documents.Reverse(), SmallShards);

        Assert.Equal(first.Files.Keys, second.Files.Keys);
        foreach (var (path, bytes) in first.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second.Files[path]), $"{path} differs between two builds");
        }
    }

    [Fact]
    public void Build_NamesEveryFileButTheManifestByItsContentHash()
    {
        var output = SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards);

        Assert.Contains(SearchIndexWriter.ManifestName, output.Files.Keys);
        var shards = output.Files.Keys.Where(k => k.StartsWith("t/", StringComparison.Ordinal)).ToList();
        Assert.True(shards.Count >= 8, $"expected the fixture to spread over several shards, got {shards.Count}");
        Assert.Equal(output.Shards.Count, shards.Count);
        Assert.All(output.Files.Keys.Where(k => k != SearchIndexWriter.ManifestName),
            k => Assert.Matches(@"^(t/|x/|docs\.)[0-9a-f]{10}\.pack$", k));
    }

    [Fact]
    public void Build_PutsEachTermInTheShardItsHashNames()
    {
        var output = SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards);

        foreach (var term in new[] { "驿站", "服务", "12345", "站" })
        {
            var file = "t/" + output.ShardFileOf(term) + ".pack";
            var text = Gunzip(output.Files[file]);
            Assert.Contains(term, text);
        }
    }

    [Fact]
    public void Build_WritesTheFacetColumnsOfTheDocTable()
    {
        var output = SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards);
        var manifest = JsonDocument.Parse(output.Files[SearchIndexWriter.ManifestName]).RootElement;
        var table = JsonDocument.Parse(Gunzip(output.Files[manifest.GetProperty("docs").GetString()!])).RootElement;

        var urls = table.GetProperty("url").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        var districts = table.GetProperty("districts").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(["hongshan", "jiangxia", "wuchang"], districts);
        var about = urls.IndexOf("pages/about/");
        Assert.Equal(-1, table.GetProperty("district")[about].GetInt32());
        Assert.Equal("page", table.GetProperty("types")[table.GetProperty("type")[about].GetInt32()].GetString());
        Assert.Equal(1.2, manifest.GetProperty("k1").GetDouble());
    }

    [Fact]
    public void ManifestFor_PointsAnotherLanguagesSearchPageAtTheOneIndex()
    {
        var output = SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards);
        var main = JsonDocument.Parse(output.Files[SearchIndexWriter.ManifestName]).RootElement;
        var en = JsonDocument.Parse(output.ManifestFor("en/")).RootElement;

        Assert.False(main.TryGetProperty("files", out _));
        Assert.Equal("../../search/", en.GetProperty("files").GetString());
        Assert.Equal(main.GetProperty("docs").GetString(), en.GetProperty("docs").GetString());
        Assert.Equal("../../../search/", JsonDocument.Parse(output.ManifestFor("zh-hant/tw/")).RootElement.GetProperty("files").GetString());
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
