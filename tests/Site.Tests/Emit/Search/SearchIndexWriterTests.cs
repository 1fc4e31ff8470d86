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
    public void Build_WithTheTermsOfAnEarlierBuild_TokenizesOnlyChangedDocuments_AndWritesTheSameBytes()
    {
        var cache = new SearchTermsCache();
        SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards, cache);
        Assert.Equal(0, cache.Reused);

        // One text, one district's name and one topic's name change; two pages get an English translation, one its
        // title, one its text; one page goes and one comes.
        var docs = SearchFixtureCorpus.Documents.ToList();
        docs[0] = docs[0] with { Text = docs[0].Text + "新增一台自动售货机。" };
        docs[1] = docs[1] with { District = docs[1].District! with { Name = "武昌" } };
        docs[2] = docs[2] with { Topics = [docs[2].Topics[0] with { Name = "户外工作者" }, docs[2].Topics[1]] };
        docs[4] = docs[4] with { TitleEn = "Vending" };
        docs[5] = docs[5] with { TextEn = "A new lift." };
        docs.RemoveAt(3);
        docs.Add(docs[^1] with { Url = "pages/licence/", Title = "许可协议" });
        var cached = SearchIndexWriter.Build(docs, SmallShards, cache);
        var fresh = SearchIndexWriter.Build(docs, SmallShards);

        Assert.Equal(SearchFixtureCorpus.Documents.Count - 6, cache.Reused);
        Assert.Equal(fresh.Files.Keys, cached.Files.Keys);
        Assert.All(fresh.Files, f => Assert.True(f.Value.AsSpan().SequenceEqual(cached.Files[f.Key]), $"{f.Key} differs"));
        Assert.Contains("售货", fresh.Index.Terms.Keys);
        Assert.Contains("vend", cached.Index.Terms.Keys); // "Vending", stemmed
        Assert.Contains("lift", cached.Index.Terms.Keys);
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
    public void Build_PutsEveryTermInTheShardItsHashNames_AndNowhereElse()
    {
        var output = SearchIndexWriter.Build(SearchFixtureCorpus.Documents, SmallShards);

        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var shard in output.Shards)
        {
            foreach (var term in TermsOf(GunzipBytes(output.Files["t/" + shard + ".pack"])))
            {
                found.Add(term, shard);
            }
        }

        Assert.Equal(output.Index.Terms.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found, kv => Assert.Equal(output.ShardFileOf(kv.Key), kv.Value));
        Assert.Equal(output.ShardFileOf("驿"), output.ShardFileOf("驿站"));
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

    // Reads the term list of a shard: count, then per term shared prefix, rest, flags, df and postings.
    private static List<string> TermsOf(byte[] shard)
    {
        var at = 0;
        int Varint()
        {
            int value = 0, shift = 0, b;
            do
            {
                b = shard[at++];
                value |= (b & 0x7f) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }

        var terms = new List<string>();
        var previous = Array.Empty<byte>();
        for (var count = Varint(); count > 0; count--)
        {
            var shared = Varint();
            var rest = Varint();
            var bytes = previous[..shared].Concat(shard.AsSpan(at, rest).ToArray()).ToArray();
            at += rest;
            previous = bytes;
            terms.Add(System.Text.Encoding.UTF8.GetString(bytes));
            var positional = Varint() == 1;
            for (var df = Varint(); df > 0; df--)
            {
                Varint();
                var n = Varint();
                for (var k = positional ? n : 1; k > 0; k--)
                {
                    Varint();
                }
            }
        }

        Assert.Equal(shard.Length, at);
        return terms;
    }

    private static byte[] GunzipBytes(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static string Gunzip(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
