using System.Text.Json;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>search.js's engine on an index whose manifest carries synonym groups (synonyms.yml).</summary>
public sealed class SearchClientSynonymTests : IDisposable
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> Groups = [["加装电梯", "增设电梯"], ["lift", "elevator"]];

    private static readonly SearchDocument[] Documents =
    [
        Doc("a/", "增设电梯", "小区增设电梯"),
        Doc("b/", "加装电梯", "小区加装电梯"),
        // Every bigram of 加装电梯, but apart: the page does not use the synonym.
        Doc("c/", "小区杂事", "加装空调，装电表，电梯维修"),
        Doc("d/", "Lift", "a new lift"),
        Doc("e/", "Elevator", "a new elevator"),
    ];

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "civic-synonyms-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void A_chinese_synonym_finds_pages_using_the_other_term_below_the_exact_ones_and_only_as_written()
    {
        var result = Run(Groups, "增设电梯")[0];

        Assert.Equal(["a/", "b/"], result.Hits.Select(h => h.Url));
        Assert.Equal("all", result.Mode);
    }

    [Fact]
    public void A_synonym_inside_a_longer_query_is_swapped_in_place()
    {
        var result = Run(Groups, "小区增设电梯")[0];

        Assert.Equal(["a/", "b/"], result.Hits.Select(h => h.Url));
    }

    [Fact]
    public void A_match_through_a_synonym_scores_the_manifest_share_of_the_same_exact_match()
    {
        var results = Run(Groups, "elevator", "lifts");

        Assert.Equal(["e/", "d/"], results[0].Hits.Select(h => h.Url));
        Assert.Equal(results[0].Hits[0].Score * SearchIndexOptions.Default.SynonymWeight, results[0].Hits[1].Score, 9);
        // "lifts" is stemmed as the index is, so it reaches the group through "lift".
        Assert.Equal(["d/", "e/"], results[1].Hits.Select(h => h.Url));
    }

    [Fact]
    public void The_snippet_marks_the_synonym_the_page_uses()
    {
        // No page says 增装电梯: the page found is the one saying 加装电梯, and its excerpt shows where.
        var result = Run([["加装电梯", "增装电梯"]], "增装电梯")[0];

        Assert.Equal(["b/"], result.Hits.Select(h => h.Url));
        Assert.Contains("<mark>加装电梯</mark>", result.Snippet);
    }

    [Fact]
    public void Without_synonyms_the_manifest_has_none_and_only_the_words_typed_match()
    {
        var result = Run([], "增设电梯", "elevator");

        Assert.Equal(["a/"], result[0].Hits.Select(h => h.Url));
        Assert.Equal(["e/"], result[1].Hits.Select(h => h.Url));
        Assert.DoesNotContain("synonyms", File.ReadAllText(Path.Combine(_directory, "search", SearchIndexWriter.ManifestName)));
    }

    private List<NodeResult> Run(IReadOnlyList<IReadOnlyList<string>> groups, params string[] queries)
    {
        SearchIndexWriter.Write(Documents, _directory, [], SearchIndexOptions.Default with { Synonyms = groups });
        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("query.js"),
            JsonSerializer.Serialize(queries.Select(q => new { q })),
            SearchTestEnvironment.SearchJs,
            Path.Combine(_directory, "search"));
        return JsonSerializer.Deserialize<List<NodeResult>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static SearchDocument Doc(string url, string title, string text) =>
        new(url, "zh-Hans", SearchDocumentType.Story, title, text, null, [], null);

    private sealed record NodeHit(string Url, double Score);

    private sealed record NodeResult(string Mode, List<NodeHit> Hits, string Snippet);
}
