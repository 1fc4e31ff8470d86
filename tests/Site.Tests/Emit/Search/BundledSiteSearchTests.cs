using System.Text.Json;
using Civic.TestKit;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// Builds the repository's own site and runs search.js's engine on its index, from the Chinese and the English search
/// page: every story has an English translation, which the English search must find by its English words.
/// </summary>
public sealed class BundledSiteSearchTests
{
    [Fact]
    public void English_queries_find_translations_by_their_english_text_and_chinese_queries_still_find_the_chinese_pages()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var output = Path.Combine(site.Root, "_out");
        var result = BuildPipeline.Run(new BuildOptions(site.Root, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var en = Run(Path.Combine(output, "en", "search"), "medicine", "lift", "骑手 买药");
        var zh = Run(Path.Combine(output, "search"), "骑手 买药");

        var medicine = Assert.Single(en[0].Hits, h => h.Url == "stories/hanyang-dililiang/");
        Assert.Equal("\"Dililiang\": young delivery riders who also fetch medicine for the seriously ill", medicine.TitleEn);
        Assert.Equal(medicine, en[0].Hits[0]);
        Assert.Contains("<mark>medicine</mark>", en[0].Snippet);
        Assert.Contains(en[1].Hits, h => h.Url == "stories/fenghuang-elevator/" && h.TitleEn!.Contains(" lift ", StringComparison.Ordinal));
        Assert.Contains(en[1].Hits, h => h.Url.StartsWith("stories/", StringComparison.Ordinal));

        // A word only the English title has: the excerpt on the English page comes from the English text.
        var kosovan = RunEnglish(Path.Combine(output, "en", "search"), "kosovan");
        Assert.Equal("stories/chen-jianghai-kosovo/", kosovan.Hits[0].Url);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", kosovan.Snippet);
        Assert.False(kosovan.Snippet.StartsWith('…'), kosovan.Snippet);

        // A figure both texts give: each search page takes its excerpt from the text in its own language.
        var enFigure = RunEnglish(Path.Combine(output, "en", "search"), "485");
        var zhFigure = Run(Path.Combine(output, "search"), "485")[0];
        Assert.Equal("stories/hanyang-dililiang/", enFigure.Hits[0].Url);
        Assert.Equal("stories/hanyang-dililiang/", zhFigure.Hits[0].Url);
        Assert.Contains("<mark>485</mark>", enFigure.Snippet);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", enFigure.Snippet);
        Assert.Contains("<mark>485</mark>", zhFigure.Snippet);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zhFigure.Snippet);
        Assert.DoesNotContain('\u001E', enFigure.Snippet + zhFigure.Snippet);

        // Chinese words find the Chinese page from both search pages, with its Chinese title.
        foreach (var hits in new[] { en[2].Hits, zh[0].Hits })
        {
            var hit = Assert.Single(hits, h => h.Url == "stories/hanyang-dililiang/");
            Assert.Equal("“递力量”：送外卖的年轻人，也为重症病人跑腿买药", hit.Title);
        }
    }

    private static List<NodeResult> Run(string searchRoot, params string[] queries)
    {
        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("query.js"),
            JsonSerializer.Serialize(queries.Select(q => new { q })),
            SearchTestEnvironment.SearchJs,
            searchRoot);
        return JsonSerializer.Deserialize<List<NodeResult>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static NodeResult RunEnglish(string searchRoot, string query)
    {
        var stdout = SearchTestEnvironment.RunNode(
            SearchTestEnvironment.NodeScript("query.js"),
            JsonSerializer.Serialize(new[] { new { q = query, english = true } }),
            SearchTestEnvironment.SearchJs,
            searchRoot);
        return JsonSerializer.Deserialize<List<NodeResult>>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })![0];
    }

    private sealed record NodeHit(string Url, string Title, string? TitleEn);

    private sealed record NodeResult(int Total, List<NodeHit> Hits, string Snippet);
}
