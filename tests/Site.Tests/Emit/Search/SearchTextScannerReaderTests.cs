using System.Text;
using Civic.Site.Emit.Search;
using Civic.TestKit;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// The scanner's own reader of the generator's markup must hand the scanner what AngleSharp's tokenizer does, and give
/// up (so that AngleSharp reads the page) on everything it does not follow; the scanner stops once the marked part
/// has closed, which must never change what it reads.
/// </summary>
public sealed class SearchTextScannerReaderTests
{
    public static TheoryData<string> Followed() =>
    [
        "<!doctype html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>标题 · 站</title></head><body><main><h1>一</h1><p>二</p></main></body></html>",
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"x\"><main><p>甲</p></main>",
        "<main><p>A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x27;f&#x27;&nbsp;g</p></main>",
        "<main><pre>\n预</pre><pre><!-- c -->\n注释后</pre><textarea>\n框</textarea><listing>\n列</listing></main>",
        "<main><p>甲<!-- 注释 -->乙<!---->丙<!-- a --->丁<!-- <!-- x -->戊<!--a-b--c-->己</p></main>",
        "<html><!-- c -->  <!-- d --> 开始</html>",
        "<main><p a=1 b='2' c=\"3\" d e = f g/><img src=x alt=\"a > b\"/><br/><input disabled></p><p data-x=\"&amp;&bogus\">值</p></main>",
        "<main><p hidden>藏</p><div data-search-ignore=\"\">忽略</div><section data-search-body>正文<h1>标题</h1></section></main>",
        "<main><p DATA-SEARCH-IGNORE>大写属性</p><p Hidden>藏</p><div Data-Search-Body>正文<svg viewBox=\"0 0 1 1\"><path/></svg></div></main>",
        "<main><p data-search-ignore-not=1 hiddenx a-very-long-attribute-name-in-any-case=\"1\">长名字</p></main>",
        "<main><p>字<font color=red>体<svg><font face=x>跳出</font></svg></font></p></main>",
        "<head><script>if (a < b && c > d) { x('</p>'); y('</scripts>'); }</script><style>p > a::after { content: '</sty' }</style></head><main>正文</main>",
        "<main><style>a{}</STYLE>甲<script>x</Script >乙<title>题 </title >丙<xmp><b>原样</b></xmp><iframe>框</iframe></main>",
        "<main><noscript><p>无脚本</p></noscript><template><h1>模板</h1></template><select><option>选</select>后</main>",
        "<title>头</title><body><div data-search-body><p>正文</p></div><title>晚的标题</title><main>不读</main>",
        "<body><div data-search-body><h1>标</h1><p>正文</p></div><div data-search-body>第二个</div><main><h1>主</h1>不读</main>",
        "<custom-element x-y=\"1\"><h1-x>自定义</h1-x></custom-element><main>主</main>",
        "<main><title>a &amp; b</title>甲</main>",
        "<main><p>未闭合<b>粗<i>斜</main>尾巴",
        "",
        "纯文字",
    ];

    public static TheoryData<string> GivenUp() =>
    [
        "<MAIN><p>大写</p></MAIN>",
        "<main><P>大写</P></main>",
        "<main><p>&copy; 其他实体</p></main>",
        "<main><p>&amp 没有分号</p></main>",
        "<main><p>一\r\n二</p></main>",
        "<main><p>空\u0000字符</p></main>",
        "\uFEFF<main><p>字节顺序标记</p></main>",
        "<main><p>一\r二</p></main>",
        "<main><p>a < b</p></main>",
        "<main><p>a <3 b</p></main>",
        "<main><p>末尾<",
        "<main><p>标签未完<b",
        "<main><p>属性未完<b x=\"1",
        "<main><!-->甲</main>",
        "<main><!--->甲</main>",
        "<main><!-- a --!> 甲 --></main>",
        "<main><!-- 没有结束",
        "<main><?php echo 1; ?>甲</main>",
        "<main><![CDATA[甲]]></main>",
        "<main><!ELEMENT x>甲</main>",
        "<main></>甲</main>",
        "<main></ p>甲</main>",
        "<main><p>甲</p x=1></main>",
        "<main><p>甲</p/></main>",
        "<main><p x=\"1\"y=\"2\">甲</p></main>",
        "<main><p x= >甲</p></main>",
        "<main><p / x>甲</p></main>",
        "<main><p_x>甲</p_x></main>",
        "<main><p \"x\">甲</p></main>",
        "<main><script><!-- document.write('<script>x</script>') --></script>甲</main>",
        "<main><title>a &copy; b</title>甲</main>",
        "<main><style>没有结束",
        "<main><style>a{}</style x>甲</main>",
        "<main><plaintext>甲</main>",
    ];

    [Theory]
    [MemberData(nameof(Followed))]
    public void Follows_the_generators_markup_as_AngleSharp_does(string html)
    {
        var fast = SearchTextScanner.ExtractWith(html, fast: true);
        Assert.NotNull(fast);
        Assert.Equal(SearchTextScanner.ExtractWith(html, fast: false, toTheEnd: true), fast);
        Assert.Equal(SearchTextScanner.ExtractWith(html, fast: true, toTheEnd: true), fast);
        Assert.Equal(DomSearchTextExtractor.Extract(html), SearchTextExtractor.Extract(html));
    }

    [Theory]
    [MemberData(nameof(GivenUp))]
    public void Gives_up_on_other_markup_which_AngleSharp_then_reads(string html)
    {
        Assert.Null(SearchTextScanner.ExtractWith(html, fast: true));
        Assert.Equal(SearchTextScanner.ExtractWith(html, fast: false, toTheEnd: true), SearchTextExtractor.Extract(html));
    }

    [Theory]
    [MemberData(nameof(SearchTextScannerTests.Snippets), MemberType = typeof(SearchTextScannerTests))]
    public void Reads_the_snippets_as_AngleSharp_does_when_it_follows_them(string html)
    {
        var whole = SearchTextScanner.ExtractWith(html, fast: false, toTheEnd: true);
        Assert.Equal(whole, SearchTextScanner.ExtractWith(html, fast: false));
        if (SearchTextScanner.ExtractWith(html, fast: true) is { } fast)
        {
            Assert.Equal(whole, fast);
        }
    }

    [Fact]
    public void Stops_after_the_marked_part_only_once_the_title_is_known()
    {
        // No h1 in the part and no <title> before it: the title after the part still counts.
        const string html = "<body><div data-search-body><p>正文</p></div><title>晚的标题</title></body>";
        Assert.Equal(("晚的标题", "正文"), SearchTextExtractor.Extract(html));
        Assert.Equal(("晚的标题", "正文"), SearchTextScanner.ExtractWith(html, fast: false));
        Assert.Equal(DomSearchTextExtractor.Extract(html), SearchTextExtractor.Extract(html));

        // Past the closed part nothing is read: markup there that the fast reader would give up on does not matter.
        const string after = "<title>题</title><div data-search-body><h1>标</h1>正文</div>&copy;<P>后";
        Assert.Equal(("标", "正文"), SearchTextScanner.ExtractWith(after, fast: true));
        Assert.Null(SearchTextScanner.ExtractWith(after, fast: true, toTheEnd: true));

        // A marked part in the head does not end the reading: the marked body replaces it.
        const string head = "<head><noscript data-search-body></noscript><title>题</title></head><body data-search-body><h1>标</h1>正文</body>";
        Assert.Equal(("标", "正文"), SearchTextScanner.ExtractWith(head, fast: false));
        Assert.Equal(("标", "正文"), SearchTextScanner.ExtractWith(head, fast: true));
    }

    [Fact]
    public void Reads_random_markup_as_AngleSharp_does_and_follows_most_of_it()
    {
        string[] pieces =
        [
            "<main>", "</main>", "<div data-search-body>", "<section data-search-body=\"\">", "</div>", "</section>",
            "<h1>", "</h1>", "<h2>", "<p>", "</p>", "<br>", "<br/>", "<li>", "<ul>", "</ul>", "<dd>", "<dt>", "<table>", "<td>",
            "<tr>", "</table>", "<b>", "</b>", "<i>", "</i>", "<a href=\"/x/\">", "</a>", "<nav>", "</nav>", "<span hidden>",
            "<aside data-search-ignore>", "</aside>", "<pre>", "</pre>", "<textarea>", "</textarea>", "<title>", "</title>",
            "<script>", "</script>", "<style>", "</style>", "<template>", "</template>", "<svg>", "</svg>", "<path d=x/>",
            "<math>", "<select>", "<option>", "</select>", "<font color=red>", "<body>", "<head>", "</head>", "<html>",
            "<!-- c -->", "<!doctype html>", "<img src=x>", "<hr>", "<noscript>", "</noscript>", "<xmp>", "</xmp>",
            "\n", " ", "  \n ", "甲", "乙丙", "words", "&amp;", "&lt;", "&nbsp;", "</STYLE>", "</script >", "<button>",
            "</button>", "<form>", "</form>", "<listing>", "<rb>", "<rt>", "</Style>", "</scripts>", "</",
            "<script>a<b</p></script>", "<style>p>a{}</style>", "<title>题 &amp; 站</title>", "<textarea>\n框</textarea>",
            "<xmp><p></xmp>", "<pre>\n预</pre>", "<p data-search-ignore>藏</p>", "<body data-search-body>", "<title>",
            "<p HIDDEN>", "<div Data-Search-Body>", "<svg viewBox=\"0 0 1 1\">", "<font SIZE=2>", "<hr/>", "<br >", "</br>",
        ];

        // Pieces the fast reader gives up on, now and then.
        string[] rare = ["a < b", "&copy;", "</p x>", "<P>", "\r\n", "<!-->", "<script><!--", "&amp"];
        var random = new Random(20261122);
        var followed = 0;
        for (var n = 0; n < 4000; n++)
        {
            var html = new StringBuilder();
            for (var k = random.Next(1, 40); k > 0; k--)
            {
                html.Append(random.Next(50) == 0 ? rare[random.Next(rare.Length)] : pieces[random.Next(pieces.Length)]);
            }

            var page = html.ToString();
            var whole = SearchTextScanner.ExtractWith(page, fast: false, toTheEnd: true);
            Assert.True(whole == SearchTextScanner.ExtractWith(page, fast: false), $"stopping early changed: {page}");
            if (SearchTextScanner.ExtractWith(page, fast: true) is { } fast)
            {
                followed++;
                Assert.True(whole == fast, $"{page}\nAngleSharp: {whole}\nfast: {fast}");
            }

            Assert.True(whole == SearchTextExtractor.Extract(page), page);
        }

        Assert.True(followed > 1000, $"only {followed} of 4000 followed");
    }

    [Fact]
    public void Follows_every_page_of_the_bundled_site()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var output = Path.Combine(site.Root, "_out");
        var result = BuildPipeline.Run(new BuildOptions(site.Root, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.True(pages.Length > 200, $"only {pages.Length} pages built");
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var fast = SearchTextScanner.ExtractWith(html, fast: true);
            Assert.True(fast is not null, $"{Path.GetRelativePath(output, page)}: not followed");
            Assert.Equal(SearchTextScanner.ExtractWith(html, fast: false, toTheEnd: true), fast);
        }
    }
}
