using Civic.Site.Emit.Search;
using Civic.TestKit;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// The one-pass scanner behind <see cref="SearchTextExtractor"/> must read exactly what the DOM reading
/// (<see cref="DomSearchTextExtractor"/>) reads: on every page of the bundled site and on markup that leans on the
/// tree builder (implicit closes, entities, nesting, foreign content).
/// </summary>
public sealed class SearchTextScannerTests
{
    public static TheoryData<string> Snippets() =>
    [
        // Entities, non-breaking spaces and line breaks in text.
        "<main><h1>A &amp; B</h1><p>x &lt;y&gt; &quot;z&quot;&nbsp;&nbsp;w&#x4E2D;&#25991; &copy &notanentity;</p></main>",
        "<main><p>社区<br>服务<br/>驿站</p><p>一\r\n二\n\n三\t四</p></main>",
        "<main><p>前</br>后</p><p>a</p></p>b</main>",
        // Skipped and ignored elements, nested, with blocks and headings inside.
        "<main><div hidden><p>藏<div>更深</div></p><h1>隐藏的标题</h1></div><p>可见</p><h1>后来的标题</h1></main>",
        "<main><section data-search-ignore><section><p>忽略</p></section><p>也忽略</p></section><p>保留</p></main>",
        "<main><nav><ul><li>菜单<li>二</ul></nav>正文<form><input value=x><button>按钮<b>粗</b></button>表单字</form>尾</main>",
        "<main><p>甲<script>if (a < b && c > d) { x('</p>'); }</script>乙<style>p > a { }</style>丙<noscript><p>无脚本</p></noscript>丁</p></main>",
        "<main><template><h1>模板标题</h1><p>模板</p></template><p>正文<textarea>文本框 <p> 里</textarea>后</p></main>",
        "<main><select><option>选一<option>选二<optgroup label=g><option>三</select>之后<p>段</p></main>",
        // Implicit closes: p by blocks, li by li, dd/dt, headings, table cells.
        "<main><ul><li><p>一<li><p>二<ul><li>二点一</ul>二尾<li>三</ul></main>",
        "<main><p>段落<div>块</div>尾<p>新段<h2>小标题</h2>后<p>又<details>细节</details>完</main>",
        "<main><dl><dt>术语<dd>定义<dt>另一<dd>又一</dl><h2>二<h3>三</h3></h2></main>",
        "<main><table><tr><td>一<td>二<tr><th>三<td>四</table>表后<table><thead><tr><td>头<tbody><tr><td>身</table></main>",
        "<MAIN><P HIDDEN>大写</P><DIV Data-Search-Ignore>忽略</DIV><Section DATA-SEARCH-BODY><H1>标题</H1>正文</Section></MAIN>",
        "<main><p hidden>藏<div>不藏</div><p data-search-ignore>又藏<ul><li>列表</ul></main>",
        "<main><b>粗<p>段</b>续</p><i>斜<div>块</i>后</div><a href=x>链<a href=y>二</a></main>",
        "<main><pre>\n预\n  格式</pre><listing>\n列</listing>前<pre>\n\n两行</pre></main>",
        "<main><ruby>汉<rp>(<rt>hàn<rp>)</ruby>字<span>行内</span>文<em>强</em>调</main>",
        // Foreign content: self-closing svg children, titles inside svg, break-outs.
        "<main><p>图<svg viewBox=\"0 0 1 1\"><title>图标</title><path d=\"M0\"/><g><text>字</text></g></svg>后</p></main>",
        "<main><svg/>甲<math><mi>x</mi></math>乙<svg><p>跳出</p></svg></main>",
        // Choice of the part: data-search-body over main over body; the heading of the chosen part; titles.
        "<html><head><title>  标题\f 页 </title></head><body><h1>体标题</h1><main><p>无标题</p></main><div data-search-body><h1>标记</h1><p>正文</p></div></body></html>",
        "<html><head><title>页</title></head><body><h1>体</h1><p>只有正文</p></body></html>",
        "<html><head><title>页</title></head><body><main><h1></h1><p>空标题</p></main></body></html>",
        "<html><head><title>页 &amp; 站</title><script>var t = '<main>';</script><style>h1{}</style></head><body><p>前<main>主<h1>标<b>题</b><script>x</script></h1>文</main>后</p></body></html>",
        "<nav><main><h1>在导航里</h1><p>仍然是主体</p></main></nav><main><p>第二个主体</p></main>",
        "<body data-search-body><nav>菜单</nav><h1>标题</h1><p>正文</p></body>",
        "<main>前<h1>中</h1>后<h1>第二个</h1>尾</main>",
        "<p>无结构</p>文字",
        "",
        "<title>只有标题</title>",
        // CJK and other scripts as they are.
        "<main><h1>漢字かなカナ한글</h1><p>中文，标点。Latin words 123 ①②③ 𠀀𠀁 emoji 🙂</p></main>",
        // Comments, doctype, CDATA outside foreign content, a NUL.
        "<!doctype html><!-- c --><main><p>甲<!-- 注释 -->乙<![CDATA[丙]]>丁\u0000戊</p></main>",
        "<main><p>a<image src=x>b<hr>c<wbr>d<img alt=图>e</p></main>",
        "<main><iframe>框架<p>文</iframe><xmp><b>原样</b></xmp><plaintext><p>直到最后</main>",
    ];

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Reads_what_the_DOM_reads(string html)
    {
        Assert.Equal(DomSearchTextExtractor.Extract(html), SearchTextExtractor.Extract(html));
    }

    [Fact]
    public void Reads_what_the_DOM_reads_on_every_page_of_the_bundled_site_from_parallel_workers()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var output = Path.Combine(site.Root, "_out");
        var result = BuildPipeline.Run(new BuildOptions(site.Root, output));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        Assert.True(pages.Length > 200, $"only {pages.Length} pages built");
        var htmls = pages.Select(File.ReadAllText).ToArray();
        var expected = htmls.Select(DomSearchTextExtractor.Extract).ToArray();

        var actual = new (string Title, string Text)[htmls.Length];
        Parallel.For(0, htmls.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = SearchTextExtractor.Extract(htmls[i]));

        Assert.Contains(expected, e => e.Text.Length > 500 && e.Title.Length > 0);
        for (var i = 0; i < pages.Length; i++)
        {
            Assert.True(expected[i] == actual[i], $"{Path.GetRelativePath(output, pages[i])}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
