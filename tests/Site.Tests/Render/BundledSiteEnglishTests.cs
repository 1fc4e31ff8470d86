using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>English pages give what the data has in English: topic descriptions, source headlines, counts and dates.</summary>
public sealed class BundledSiteEnglishTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteEnglishTests(BuiltBundledSite site) => _site = site;

    [Fact]
    public void A_topic_page_leads_with_the_english_description_and_the_chinese_page_with_the_chinese_one()
    {
        var en = new HtmlParser().ParseDocument(_site.Html("/en/topics/outdoor-workers/")).QuerySelector("main .lead")!;
        var zh = new HtmlParser().ParseDocument(_site.Html("/topics/outdoor-workers/")).QuerySelector("main .lead")!;

        Assert.Equal("en", en.GetAttribute("lang"));
        Assert.StartsWith("Rest stations", en.TextContent, StringComparison.Ordinal);
        Assert.Equal("zh-Hans", zh.GetAttribute("lang"));
        Assert.StartsWith("为环卫工人", zh.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("communities")]
    [InlineData("stations")]
    [InlineData("programmes")]
    public void Every_record_page_leads_with_its_summary_in_the_page_language(string dataset)
    {
        var model = Civic.Site.Model.SiteModelBuilder.Load(Civic.TestKit.RepoPaths.Root).Model!;
        var records = model.Dataset(dataset)!.Records;
        Assert.NotEmpty(records);
        foreach (var record in records)
        {
            var english = record.GetString("summary_en");
            Assert.False(string.IsNullOrWhiteSpace(english), $"{dataset}/{record.Id} has no summary_en");
            var en = new HtmlParser().ParseDocument(_site.Html($"/en/{dataset}/{record.Id}/"));
            var zh = new HtmlParser().ParseDocument(_site.Html($"/{dataset}/{record.Id}/"));

            Assert.Equal(english, en.QuerySelector("main .lead")!.TextContent);
            Assert.Equal("en", en.QuerySelector("main .lead")!.GetAttribute("lang"));
            Assert.Equal(record.GetString("summary"), zh.QuerySelector("main .lead")!.TextContent);
            Assert.Equal("zh-Hans", zh.QuerySelector("main .lead")!.GetAttribute("lang"));
            // The translation is the English page's lead, not a field of the Chinese page.
            Assert.DoesNotContain(english!, zh.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sources_on_english_pages_give_the_english_headline_the_chinese_original_and_an_english_date()
    {
        var item = new HtmlParser().ParseDocument(_site.Html("/en/stories/hanyang-dililiang/")).QuerySelector("#source-src-social-work-report-2025")!;

        Assert.Equal("Pooling the strength of governance to build a happy city", item.QuerySelector("cite")!.TextContent);
        Assert.Null(item.QuerySelector("cite")!.GetAttribute("lang"));
        Assert.Equal("长江日报，《聚治理之力 筑幸福之城》", item.QuerySelector("span[lang='zh-Hans']")!.TextContent);
        Assert.Contains("), December 2025", item.TextContent, StringComparison.Ordinal);
        var zh = new HtmlParser().ParseDocument(_site.Html("/stories/hanyang-dililiang/")).QuerySelector("#source-src-social-work-report-2025 cite")!;
        Assert.Equal("长江日报，《聚治理之力 筑幸福之城》，2025年12月", zh.TextContent);
    }

    [Fact]
    public void Key_figures_on_the_english_home_page_cite_their_source_in_english()
    {
        var sources = new HtmlParser().ParseDocument(_site.Html("/en/")).QuerySelectorAll(".figure-source").ToList();

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Null(s.QuerySelector("cite")!.GetAttribute("lang")));
        Assert.DoesNotContain(sources, s => s.TextContent.Contains('年'));
    }

    [Fact]
    public void Counts_and_page_numbers_read_as_english()
    {
        var counts = new HtmlParser().ParseDocument(_site.Html("/en/topics/")).QuerySelectorAll(".count").Select(c => c.TextContent).ToList();
        Assert.Contains(counts, c => c == "1 story");
        Assert.DoesNotContain(counts, c => c == "1 stories");
        Assert.Contains(counts, c => c.EndsWith(" stories", StringComparison.Ordinal));

        Assert.Equal("Page 2 of 6", new HtmlParser().ParseDocument(_site.Html("/en/stories/page/2/")).QuerySelector(".page-sub")!.TextContent);
        Assert.Equal("第 2 页，共 6 页", new HtmlParser().ParseDocument(_site.Html("/stories/page/2/")).QuerySelector(".page-sub")!.TextContent);
    }

    [Fact]
    public void Dataset_pages_write_the_dates_of_their_source_articles_as_the_page_language_does()
    {
        var en = new HtmlParser().ParseDocument(_site.Html("/en/data/stations/")).QuerySelectorAll(".source-list time").Select(t => t.TextContent).ToList();
        var zh = new HtmlParser().ParseDocument(_site.Html("/data/stations/")).QuerySelectorAll(".source-list time").Select(t => t.TextContent).ToList();

        Assert.Contains("December 2025", en);
        Assert.Contains("2025年12月", zh);
        Assert.DoesNotContain(en.Concat(zh), t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\d{4}-\d\d"));
    }

    [Fact]
    public void Feed_links_on_english_pages_say_the_feeds_are_in_chinese()
    {
        var links = new HtmlParser().ParseDocument(_site.Html("/en/topics/outdoor-workers/"))
            .QuerySelectorAll("a[href$='feed.json'], a[href$='feed.xml']").Select(a => a.TextContent).ToList();

        Assert.True(links.Count >= 4, string.Join(" | ", links));
        Assert.All(links, l => Assert.EndsWith("(in Chinese)", l, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/stations/jiangcheng-cloud-station/", "详细信息")]
    [InlineData("/stations/jiangcheng-cloud-station/", "所在区")]
    [InlineData("/topics/outdoor-workers/", "订阅更新")]
    [InlineData("/topics/outdoor-workers/", "关键数字")]
    [InlineData("/data/stations/", "数据更新至")]
    [InlineData("/data/stations/", "chunya-station")]
    public void Search_text_of_a_page_leaves_out_its_labels_and_feed_links_but_keeps_the_values(string url, string label)
    {
        var (_, text) = Civic.Site.Emit.Search.SearchTextExtractor.Extract(_site.Html(url));

        Assert.DoesNotContain(label, text, StringComparison.Ordinal);
        Assert.Contains(url.StartsWith("/stations/", StringComparison.Ordinal) ? "江汉区" : "驿站", text, StringComparison.Ordinal);
    }
}
