using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>The city and district figures on the built pages read as the source articles write them.</summary>
public sealed class BundledSiteFiguresTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteFiguresTests(BuiltBundledSite site) => _site = site;

    [Theory]
    [InlineData("/topics/commerce/", "7931.87亿元")]
    [InlineData("/en/topics/commerce/", "793.187 billion yuan")]
    [InlineData("/districts/wuchang/", "81万")]
    public void A_large_figure_is_written_in_the_units_of_the_page_language(string url, string figure)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));
        var figures = document.QuerySelectorAll(".figure-value").Select(e => e.TextContent.Trim()).ToList();

        Assert.Contains(figures, f => f.StartsWith(figure, StringComparison.Ordinal));
        // Nothing a reader has to count digits in: the Chinese pages never show a number of five digits or more.
        if (!url.StartsWith("/en/", StringComparison.Ordinal))
        {
            Assert.All(figures, f => Assert.DoesNotMatch(@"\d{5,}", f.Replace(",", "", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData("/topics/innovation/", "第13位")]
    [InlineData("/en/topics/innovation/", "No. 13")]
    public void A_place_in_a_ranking_reads_as_a_place_not_as_a_count(string url, string figure)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));
        var rank = document.QuerySelectorAll(".figure")
            .Single(e => e.QuerySelector(".figure-name")!.TextContent is var name && (name.Contains("百强", StringComparison.Ordinal) || name.Contains("top 100", StringComparison.Ordinal)));

        Assert.Equal(figure, rank.QuerySelector(".figure-value")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("/", "2025年12月")]
    [InlineData("/en/", "December 2025")]
    public void The_as_of_date_of_a_figure_is_written_as_the_stories_dates_are(string url, string month)
    {
        var sources = new HtmlParser().ParseDocument(_site.Html(url)).QuerySelectorAll(".figure-source").Select(e => e.TextContent.Split(" · ")[0]).ToList();

        // The part before the source; the citation after it keeps its own date form.
        Assert.Contains(sources, s => s.Contains(month, StringComparison.Ordinal));
        Assert.DoesNotContain(sources, s => System.Text.RegularExpressions.Regex.IsMatch(s, @"\b20\d\d-\d\d\b"));
    }
}
