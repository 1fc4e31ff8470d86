using Civic.Site.Emit.Search;
using Civic.Site.Model;
using Civic.Site.Render;
using Civic.TestKit;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>Which rendered pages the build indexes, under which URL, and with which type, district and topics.</summary>
public sealed class SearchIndexEmitterTests
{
    private static readonly Lazy<SiteModel> Model = new(() => SiteModelBuilder.Load(RepoPaths.Root).Model!);

    private static RenderedPage Page(string kind, string language, string url, string h1) =>
        new(kind, language, url, url.TrimStart('/') + "index.html", "x") { Text = $"<html><body><nav>菜单</nav><main><h1>{h1}</h1><p>正文 {h1}</p></main></body></html>".AsMemory() };

    [Fact]
    public void Default_language_pages_become_documents_with_the_model_facts()
    {
        var urls = new SiteUrls("https://example.org/sub/", ["zh-Hans", "en"]);
        var pages = new[]
        {
            Page("home", "zh-Hans", "/sub/", "首页"),
            Page("story", "zh-Hans", "/sub/stories/chunhe-chunya-station/", "春和"),
            Page("story", "en", "/sub/en/stories/chunhe-chunya-station/", "Chunhe"),
            Page("record", "zh-Hans", "/sub/stations/chunhe-centre/", "春和中心"),
            Page("term", "zh-Hans", "/sub/districts/donghu-gaoxin/", "东湖高新区"),
            Page("term", "zh-Hans", "/sub/topics/rule-of-law/", "法治"),
            Page("dataset", "zh-Hans", "/sub/data/stations/", "驿站数据"),
            Page("page", "zh-Hans", "/sub/about/", "关于"),
            Page("search", "zh-Hans", "/sub/search/", "搜索"),
        };

        var docs = SearchIndexEmitter.Documents(Model.Value, pages, urls).ToDictionary(d => d.Url);

        Assert.Equal(
            ["about/", "data/stations/", "districts/donghu-gaoxin/", "stations/chunhe-centre/", "stories/chunhe-chunya-station/", "topics/rule-of-law/"],
            docs.Keys.Order(StringComparer.Ordinal));
        var story = docs["stories/chunhe-chunya-station/"];
        Assert.Equal(SearchDocumentType.Story, story.Type);
        Assert.Equal("春和", story.Title);
        Assert.Equal("正文 春和", story.Text);
        Assert.Equal("donghu-gaoxin", story.District!.Id);
        Assert.Equal(["volunteer-service", "rule-of-law", "community-partners"], story.Topics.Select(t => t.Id));
        Assert.False(string.IsNullOrEmpty(story.Topics[0].NameEn));
        Assert.Matches(@"^\d{4}(-\d{2}){0,2}$", story.Date);
        // The English page of a translated story joins its document; the others have no English page read.
        Assert.Equal("Chunhe", story.TitleEn);
        Assert.Equal("正文 Chunhe", story.TextEn);
        Assert.Null(docs["about/"].TextEn);
        var station = docs["stations/chunhe-centre/"];
        Assert.Equal(SearchDocumentType.Station, station.Type);
        Assert.Equal("donghu-gaoxin", station.District!.Id);
        Assert.Equal(Model.Value.FindRecord("districts", "donghu-gaoxin")!.Title.Zh, station.District.Name);
        Assert.Equal(["rule-of-law", "community-spaces"], station.Topics.Select(t => t.Id));
        Assert.Equal(Model.Value.FindRecord("stations", "chunhe-centre")!.Title.En, station.TitleEn);
        Assert.NotNull(station.TitleEn);
        // A record's English text is its English summary.
        Assert.Equal(Model.Value.FindRecord("stations", "chunhe-centre")!.GetString("summary_en"), station.TextEn);
        Assert.NotNull(station.TextEn);
        Assert.Equal(SearchDocumentType.District, docs["districts/donghu-gaoxin/"].Type);
        Assert.Equal("donghu-gaoxin", docs["districts/donghu-gaoxin/"].District!.Id);
        Assert.Equal(SearchDocumentType.Topic, docs["topics/rule-of-law/"].Type);
        Assert.Equal(SearchDocumentType.Dataset, docs["data/stations/"].Type);
        // A topic's and a dataset's English description is their English text: the English excerpt.
        var topicEn = Model.Value.FindRecord("topics", "rule-of-law")!.GetString("description_en");
        Assert.False(string.IsNullOrEmpty(topicEn));
        Assert.Equal(topicEn, docs["topics/rule-of-law/"].TextEn);
        Assert.Equal(Model.Value.Dataset("stations")!.Description.En, docs["data/stations/"].TextEn);
        Assert.NotNull(docs["data/stations/"].TextEn);
        Assert.Null(docs["districts/donghu-gaoxin/"].TextEn);
        Assert.Equal(SearchDocumentType.Page, docs["about/"].Type);
    }
}
