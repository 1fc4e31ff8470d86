using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

public sealed class SearchScorerTests
{
    private static readonly SearchIndex Index = SearchIndexBuilder.Build(SearchFixtureCorpus.Documents);

    [Fact]
    public void Search_RanksPagesWithTheTermInTheTitleFirst()
    {
        var urls = Urls("驿站");

        Assert.Equal(
            ["stations/jianghanlu-rider-station/", "stations/zhizhong-station/"],
            urls.Take(2).Order(StringComparer.Ordinal));
        Assert.Contains("stories/rider-lunch/", urls);
        Assert.DoesNotContain("stations/shuiguohu-service-station/", urls);
    }

    [Fact]
    public void Search_RequiresEveryBigram_SoAFragmentMatchesOnlyPagesThatContainIt()
    {
        var result = SearchScorer.Search(Index, "服务站");

        Assert.Equal(SearchMatchMode.All, result.Mode);
        Assert.Equal(["stations/shuiguohu-service-station/"], result.Hits.Select(h => Index.Documents[h.Doc].Url));
    }

    [Fact]
    public void Search_RelaxesToMostBigrams_WhenNoPageHasThemAll()
    {
        var result = SearchScorer.Search(Index, "夜间停车场");

        Assert.Equal(SearchMatchMode.Most, result.Mode);
        Assert.Equal("stories/night-parking/", Index.Documents[result.Hits[0].Doc].Url);
    }

    [Fact]
    public void Search_GivesTheExactPhraseABonus()
    {
        var phrase = SearchScorer.Search(Index, "骑手驿站");
        var split = SearchScorer.Search(Index, "驿站骑手");

        Assert.Equal("stations/jianghanlu-rider-station/", Index.Documents[phrase.Hits[0].Doc].Url);
        var inOrder = phrase.Hits.Single(h => Index.Documents[h.Doc].Url == "stations/jianghanlu-rider-station/").Score;
        var reversed = split.Hits.SingleOrDefault(h => Index.Documents[h.Doc].Url == "stations/jianghanlu-rider-station/");
        Assert.True(reversed is null || inOrder > reversed.Score, "the phrase in query order must score higher");
    }

    [Fact]
    public void Search_FindsSingleCharactersAndNumbers()
    {
        Assert.Contains("programmes/social-work/", Urls("站"));
        Assert.Equal(["pages/about/"], Urls("12345"));
        Assert.Equal(["pages/about/"], Urls("１２３４５热线"));
    }

    [Fact]
    public void Search_FindsPagesByTheirDistrictName()
    {
        var urls = Urls("武昌");

        Assert.Equal(4, urls.Count);
        Assert.All(urls, u => Assert.Equal("wuchang", Index.Documents.Single(d => d.Url == u).District?.Id));
    }

    [Fact]
    public void Search_ReturnsNothingForAnAbsentWordOrAnEmptyQuery()
    {
        Assert.Equal(SearchMatchMode.None, SearchScorer.Search(Index, "地铁").Mode);
        Assert.Empty(SearchScorer.Search(Index, "，。 ").Hits);
    }

    private static List<string> Urls(string query) =>
        SearchScorer.Search(Index, query).Hits.Select(h => Index.Documents[h.Doc].Url).ToList();
}
