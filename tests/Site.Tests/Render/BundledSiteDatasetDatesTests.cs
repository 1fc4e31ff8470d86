using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>A dataset's dates read as the stories' dates do, while the machine-readable form stays ISO.</summary>
public sealed class BundledSiteDatasetDatesTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteDatasetDatesTests(BuiltBundledSite site) => _site = site;

    [Theory]
    [InlineData("/data/districts/", "2025年12月", "2024年至2025年12月")]
    [InlineData("/en/data/districts/", "December 2025", "2024 to December 2025")]
    public void Last_modified_and_period_covered_are_written_in_the_page_language(string url, string modified, string period)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));
        var values = document.QuerySelectorAll(".downloads dd, dl dd").Select(d => d.TextContent.Trim()).ToList();

        var time = Assert.Single(document.QuerySelectorAll("dd > time"), t => t.TextContent == modified);
        Assert.Equal("2025-12", time.GetAttribute("datetime"));
        Assert.Contains(period, values);
    }

    [Fact]
    public void A_source_citation_gives_its_date_in_chinese_as_the_rest_of_the_citation()
    {
        var citations = new HtmlParser().ParseDocument(_site.Html("/stations/jiangcheng-cloud-station/")).QuerySelectorAll(".sources cite").Select(c => c.TextContent).ToList();

        Assert.Contains(citations, c => c.EndsWith("，2025年12月", StringComparison.Ordinal));
        Assert.DoesNotContain(citations, c => System.Text.RegularExpressions.Regex.IsMatch(c, @"\d{4}-\d{2}"));
    }

    [Fact]
    public void On_english_pages_a_source_gives_its_date_the_english_way_after_the_chinese_original()
    {
        var items = new HtmlParser().ParseDocument(_site.Html("/en/stations/jiangcheng-cloud-station/")).QuerySelectorAll(".sources li").Select(c => c.TextContent).ToList();

        Assert.Contains(items, c => c.Contains("》), December 2025", StringComparison.Ordinal));
        Assert.DoesNotContain(items, c => System.Text.RegularExpressions.Regex.IsMatch(c, @"\d{4}-\d{2}"));
    }

    [Fact]
    public void Lists_in_the_english_preview_table_are_separated_the_english_way()
    {
        var cells = new HtmlParser().ParseDocument(_site.Html("/en/data/programmes/")).QuerySelectorAll("table td").Select(c => c.TextContent).ToList();

        Assert.Contains(cells, c => c.Contains(", ", StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains('、', StringComparison.Ordinal) && !c.Any(ch => ch is >= '\u4e00' and <= '\u9fff'));
    }
}
