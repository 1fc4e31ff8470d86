using System.Text.Json;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>Runs search.js's engine in Node against a built index and holds it to the C# reference scorer.</summary>
public sealed class SearchClientTests : IDisposable
{
    private static readonly string[] Queries =
    [
        "驿站", "骑手", "骑手驿站", "服务站", "加装电梯", "电梯", "停车", "夜间停车场", "志愿服务", "站", "12345", "武昌",
        "社区", "户外工作者", "居民", "地铁",
    ];

    private readonly string directory = Path.Combine(Path.GetTempPath(), "civic-search-" + Guid.NewGuid().ToString("N"));
    private readonly SearchIndexOutput output;

    public SearchClientTests()
    {
        output = SearchIndexWriter.Write(
            SearchFixtureCorpus.Documents,
            directory,
            ["en/"],
            SearchIndexOptions.Default with { TargetShardBytes = 200, TargetBlockBytes = 300 });
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Client_RanksLikeTheReferenceScorer()
    {
        var results = Run(Queries.Select(q => new Request(q, null)));

        for (var i = 0; i < Queries.Length; i++)
        {
            var expected = SearchScorer.Search(output.Index, Queries[i]);
            var expectedUrls = expected.Hits.Select(h => output.Index.Documents[h.Doc].Url).ToList();
            Assert.True(expectedUrls.SequenceEqual(results[i].Hits.Select(h => h.Url)),
                $"{Queries[i]}: C# {string.Join(' ', expectedUrls)} / JS {string.Join(' ', results[i].Hits.Select(h => h.Url))}");
            Assert.Equal(expected.Mode.ToString().ToLowerInvariant(), results[i].Mode);
            for (var j = 0; j < expected.Hits.Count; j++)
            {
                Assert.Equal(expected.Hits[j].Score, results[i].Hits[j].Score, 9);
            }
        }
    }

    [Fact]
    public void Client_OnTheEnglishSearchPage_UsesTheOneIndexThroughItsManifest()
    {
        var zh = Run([new Request("骑手驿站", null)]);
        var en = Run([new Request("骑手驿站", null)], Path.Combine(directory, "en", "search"));

        Assert.Equal(zh[0].Hits.Select(h => h.Url), en[0].Hits.Select(h => h.Url));
        Assert.Equal("index.json", en[0].Fetched[0]);
        Assert.All(en[0].Fetched.Skip(1), f => Assert.StartsWith("../../search/", f));
        Assert.False(Directory.Exists(Path.Combine(directory, "en", "search", "t")), "the English page must not get a copy of the index");
    }

    [Fact]
    public void Client_FetchesOnlyTheShardsOfTheQueryTerms()
    {
        var results = Run([new Request("加装电梯", null), new Request("电梯", null)]);
        var shards = new[] { "加装", "装电", "电梯" }.Select(t => "t/" + output.ShardFileOf(t) + ".pack").Distinct().Order();

        var cold = results[0].Fetched;
        Assert.Equal(shards, cold.Where(f => f.StartsWith("t/", StringComparison.Ordinal)).Order());
        Assert.Contains(SearchIndexWriter.ManifestName, cold);
        Assert.Single(cold, f => f.StartsWith("docs.", StringComparison.Ordinal));
        Assert.True(output.Shards.Count > shards.Count() * 2, "the fixture must have shards a query does not touch");
        // The second query's only term was loaded by the first: a warm query fetches no index file.
        Assert.DoesNotContain(results[1].Fetched, f => f.StartsWith("t/", StringComparison.Ordinal) || f == SearchIndexWriter.ManifestName);
    }

    [Fact]
    public void Client_CountsFacetsOverOtherFacetsSelections()
    {
        var results = Run([
            new Request("驿站", null),
            new Request("驿站", new() { ["district"] = ["jiangxia"] }),
            new Request("驿站", new() { ["district"] = ["jiangxia", "wuchang"], ["type"] = ["station"] }),
        ]);

        Assert.Equal(5, results[0].Total);
        Assert.Equal(3, results[0].Facets["district"]["jiangxia"]);
        Assert.Equal(2, results[0].Facets["district"]["wuchang"]);
        Assert.Equal(2, results[0].Facets["type"]["station"]);
        Assert.Equal(3, results[1].Total);
        Assert.Equal(1, results[1].Facets["type"]["station"]);
        Assert.Equal(2, results[1].Facets["district"]["wuchang"]);
        Assert.Equal(2, results[2].Total);
        Assert.All(results[2].Hits, h => Assert.StartsWith("stations/", h.Url));
    }

    [Fact]
    public void Client_HighlightsTheMatchInTheSnippet()
    {
        var results = Run([new Request("停车位", null), new Request("<b>", null)]);

        Assert.Contains("<mark>停车位</mark>", results[0].Snippet);
        Assert.Equal(0, results[1].Total);
    }

    [Fact]
    public void Client_BrowsesByFacetWithAnEmptyQuery_NewestFirst()
    {
        var results = Run([new Request("", new() { ["topic"] = ["elevators"] })]);

        Assert.Equal("browse", results[0].Mode);
        Assert.Equal(["stories/elevator-more/", "stories/elevator-retrofit/"], results[0].Hits.Select(h => h.Url));
    }

    private List<NodeResult> Run(IEnumerable<Request> requests, string? searchRoot = null)
    {
        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("query.js"),
            JsonSerializer.Serialize(requests, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase }),
            SearchTestEnvironment.SearchJs,
            searchRoot ?? Path.Combine(directory, "search"));
        return JsonSerializer.Deserialize<List<NodeResult>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record Request(string Q, Dictionary<string, string[]>? Filters);

    private sealed record NodeHit(string Url, double Score);

    private sealed record NodeResult(
        string Mode, int Total, List<NodeHit> Hits, Dictionary<string, Dictionary<string, int>> Facets, string Snippet, List<string> Fetched);
}
