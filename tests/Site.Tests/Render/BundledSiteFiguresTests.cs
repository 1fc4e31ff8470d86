using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>The city and district figures on the built pages read as the source articles write them.</summary>
public sealed class BundledSiteFiguresTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteFiguresTests(BuiltBundledSite site) => _site = site;

    [Theory]
    [InlineData("/topics/commerce/", "7931.87亿元")]
    [InlineData("/en/topics/commerce/", "793.187 billionyuan")]
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
}
