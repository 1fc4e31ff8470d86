using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>A record's page links the records that point to it, as a station's page links its community.</summary>
public sealed class BundledSiteRecordLinksTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteRecordLinksTests(BuiltBundledSite site) => _site = site;

    [Theory]
    [InlineData("/communities/zhizhong/", "stations", new[] { "/stations/zhizhong-station/" })]
    [InlineData("/communities/zhizhong/", "programmes", new[] { "/programmes/chuangyi-partners/", "/programmes/community-partners/", "/programmes/shegong-zhiyuan/" })]
    [InlineData("/stations/zhizhong-station/", "programmes", new[] { "/programmes/chuangyi-partners/", "/programmes/outdoor-worker-stations/" })]
    [InlineData("/en/communities/zhizhong/", "stations", new[] { "/en/stations/zhizhong-station/" })]
    public void A_record_page_lists_the_records_that_refer_to_it(string url, string dataset, string[] expected)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));

        var section = document.QuerySelector($"section[aria-labelledby='group-{dataset}']");

        Assert.NotNull(section);
        Assert.Equal(expected, section.QuerySelectorAll(".card-title a").Select(a => a.GetAttribute("href")));
        Assert.EndsWith(expected.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), section.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_nothing_refers_to_has_no_such_section()
    {
        var document = new HtmlParser().ParseDocument(_site.Html("/programmes/chuangyi-partners/"));

        Assert.Empty(document.QuerySelectorAll("section[aria-labelledby^='group-']"));
    }
}
