using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>A page with feeds of its own shows them as links a reader can follow, not only in the head.</summary>
public sealed class BundledSiteFeedLinksTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteFeedLinksTests(BuiltBundledSite site) => _site = site;

    [Theory]
    [InlineData("/data/", "订阅更新：", "/data/feed.json", "/data/feed.xml")]
    [InlineData("/en/data/", "Follow updates: ", "/data/feed.json", "/data/feed.xml")]
    [InlineData("/topics/commerce/", "订阅更新：", "/topics/commerce/feed.json", "/topics/commerce/feed.xml")]
    [InlineData("/en/districts/wuchang/", "Follow updates: ", "/districts/wuchang/feed.json", "/districts/wuchang/feed.xml")]
    public void The_pages_own_feeds_are_visible_links_to_files_that_exist(string url, string label, string json, string atom)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));

        var line = document.QuerySelector("main .feed-links");

        Assert.NotNull(line);
        Assert.StartsWith(label, line.TextContent, StringComparison.Ordinal);
        Assert.Equal([json, atom], line.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All([json, atom], href => Assert.True(File.Exists(Path.Combine(_site.OutputDir, href.TrimStart('/'))), href));
    }

    [Fact]
    public void A_page_without_feeds_of_its_own_has_no_such_line()
    {
        Assert.Null(new HtmlParser().ParseDocument(_site.Html("/stories/")).QuerySelector(".feed-links"));
    }
}
