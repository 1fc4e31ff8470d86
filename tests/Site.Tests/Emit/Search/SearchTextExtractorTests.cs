using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

public sealed class SearchTextExtractorTests
{
    [Fact]
    public void Extract_ReadsOnlyTheMainContent_WithoutNavigationOrScripts()
    {
        const string html = """
            <!doctype html><html lang="zh-Hans"><head><title>驿站 · 站点</title><script>var x = "脚本";</script></head>
            <body><header><nav><a href="/">首页</a></nav><form class="site-search"><label>搜索</label></form></header>
            <main><h1>职中社区户外工作者驿站</h1><p>冰箱、微波炉和<strong>饮水机</strong>。</p>
            <nav aria-label="面包屑">故事 / 驿站</nav><script>track()</script><p data-search-ignore>不要索引</p></main>
            <footer>页脚文字</footer></body></html>
            """;

        var (title, text) = SearchTextExtractor.Extract(html);

        Assert.Equal("职中社区户外工作者驿站", title);
        Assert.Equal("冰箱、微波炉和饮水机。", text);
    }

    [Fact]
    public void Extract_PrefersAnElementMarkedDataSearchBody()
    {
        const string html = "<html><body><main><div>侧栏</div><article data-search-body><h1>标题</h1><p>正文</p></article></main></body></html>";

        Assert.Equal(("标题", "正文"), SearchTextExtractor.Extract(html));
    }

    [Fact]
    public void Extract_KeepsBlocksOnSeparateLines_SoTheirWordsNeverFormABigram()
    {
        const string html = "<html><body><main><h1>T</h1><ul><li>骑手</li><li>驿站</li></ul><p>社区<br>服务</p></main></body></html>";

        var (_, text) = SearchTextExtractor.Extract(html);

        Assert.Equal("骑手\n驿站\n社区\n服务", text);
        Assert.DoesNotContain(SearchTokenizer.Tokenize(text), t => t.Term == "手驿" || t.Term == "区服");
    }

    [Fact]
    public void Extract_FallsBackToTheDocumentTitleWithoutAHeading()
    {
        const string html = "<html><head><title>关于本站</title></head><body><p>正文  \n 第二行</p></body></html>";

        Assert.Equal(("关于本站", "正文 第二行"), SearchTextExtractor.Extract(html));
    }
}
