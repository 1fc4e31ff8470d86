using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>
/// A field with an English twin (services and services_en) shows once on a record's page: in Chinese on the Chinese
/// page, in English on the English page; the twin never gets a row of its own.
/// </summary>
public sealed class BundledSiteEnglishTwinTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteEnglishTwinTests(BuiltBundledSite site) => _site = site;

    [Theory]
    [InlineData("/stations/zhizhong-station/", "服务", "冰箱", "zh-Hans")]
    [InlineData("/en/stations/zhizhong-station/", "Services", "refrigerator", "en")]
    public void A_field_is_shown_in_the_page_language_when_its_english_twin_is_filled(string url, string title, string firstItem, string language)
    {
        var document = new HtmlParser().ParseDocument(_site.Html(url));
        var fields = document.QuerySelectorAll("dl.fields .field")
            .Select(f => (Title: f.QuerySelector("dt")!.TextContent.Trim(), Items: f.QuerySelectorAll("dd li").Select(li => li.TextContent.Trim()).ToList(), Element: f))
            .ToList();

        var services = Assert.Single(fields, f => f.Title == title);
        Assert.Equal(firstItem, services.Items[0]);
        Assert.Equal(7, services.Items.Count);
        // Written in the page's own language, so no item needs a lang attribute of its own.
        Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(services.Element.QuerySelectorAll("dd [lang]"));
        Assert.DoesNotContain(fields, f => f.Title.Contains("英文", StringComparison.Ordinal) || f.Title.Contains("(English)", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_twin_the_english_page_shows_the_chinese_items_marked_as_chinese()
    {
        var document = new HtmlParser().ParseDocument(_site.Html("/en/communities/zhizhong/"));
        var leaders = document.QuerySelectorAll("dl.fields .field").Single(f => f.QuerySelector("dt")!.TextContent.Trim().StartsWith("Leaders", StringComparison.Ordinal));

        Assert.All(leaders.QuerySelectorAll("dd li span"), span => Assert.Equal("zh-Hans", span.GetAttribute("lang")));
    }
}
