using Civic.Site.Render;

namespace Civic.Site.Tests.Render;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("hello <img src=x onerror=alert(1)> world")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("text <svg onload=alert(1)>")]
    public void Raw_html_is_escaped_never_passed_through(string payload)
    {
        var html = _renderer.Render(payload).Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;", html);
        Assert.Single(_renderer.Render(payload).RawHtml);
    }

    [Theory]
    [InlineData("段落 <script>alert('x')</script> 后", "<script>")]
    [InlineData("</div>", "</div>")]
    [InlineData("<img src=x onerror=alert(4)>", "<img src=x onerror=alert(4)>")]
    [InlineData("换行<br/>之后", "<br/>")]
    [InlineData("<DIV class=\"x\">", "<DIV class=\"x\">")]
    [InlineData("如果 a<b 且 c>d", null)]
    [InlineData("人数<100，增幅>5%", null)]
    [InlineData("<未完>", null)]
    [InlineData("x <foo> y", null)]
    [InlineData("a <b", null)]
    public void An_html_tag_in_text_is_found_and_comparisons_are_not(string text, string? tag)
    {
        Assert.Equal(tag, MarkdownRenderer.RawTag(text));
    }

    [Fact]
    public void Html_in_code_is_not_reported()
    {
        Assert.Empty(_renderer.Render("用 `<div>` 包起来\n\n```\n<script>\n```").RawHtml);
    }

    [Fact]
    public void An_image_on_another_host_becomes_a_link_to_it_and_a_local_image_stays()
    {
        var result = _renderer.Render("![驿站外景](https://evil.example/track.png)\n\n![](http://evil.example/a.png)\n\n![图](/assets/x.png)");

        Assert.Equal(["https://evil.example/track.png", "http://evil.example/a.png"], result.RemoteImages);
        Assert.Contains("<a href=\"https://evil.example/track.png\">驿站外景</a>", result.Html);
        Assert.Contains("<a href=\"http://evil.example/a.png\">http://evil.example/a.png</a>", result.Html);
        Assert.DoesNotContain("evil.example/track.png\" alt", result.Html);
        Assert.Contains("<img src=\"/assets/x.png\" alt=\"图\" />", result.Html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](//evil.example/)")]
    public void Links_with_unsafe_schemes_are_neutralised(string markdown)
    {
        var result = _renderer.Render(markdown);

        Assert.DoesNotContain("javascript:", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Single(result.UnsafeLinks);
    }

    [Fact]
    public void Safe_links_are_kept_and_root_relative_links_follow_the_base_path()
    {
        var html = _renderer.Render("[a](https://example.org/x) [b](/stations/zhizhong/) [c](#part)", "/civic/").Html;

        Assert.Contains("href=\"https://example.org/x\"", html);
        Assert.Contains("href=\"/civic/stations/zhizhong/\"", html);
        Assert.Contains("href=\"#part\"", html);
    }

    [Fact]
    public void Chinese_headings_get_readable_unique_ids()
    {
        var result = _renderer.Render("## 社区驿站\n\n文字\n\n## 社区驿站\n\n## Rest Stations & 骑手\n\n## ！！\n\n## 2008年那场暴雨\n");

        Assert.Equal(["社区驿站", "社区驿站-2", "rest-stations-骑手", "section", "h-2008年那场暴雨"], result.Headings.Select(h => h.Id));
        Assert.Contains("<h2 id=\"社区驿站\">社区驿站</h2>", result.Html);
        Assert.Contains("<h2 id=\"社区驿站-2\">", result.Html);
    }

    [Fact]
    public void Headings_are_shifted_so_the_page_title_stays_the_only_h1()
    {
        var result = _renderer.Render("# 一\n\n## 二\n\n#### 四\n");

        Assert.Equal([2, 3, 5], result.Headings.Select(h => h.Level));
        Assert.DoesNotContain("<h1", result.Html);
    }

    [Fact]
    public void Pipe_tables_and_footnotes_render()
    {
        var html = _renderer.Render("| 项目 | 数量 |\n| --- | ---: |\n| 驿站 | 12 |\n\n正文[^1]\n\n[^1]: 来源说明。\n").Html;

        Assert.Contains("<table>", html);
        Assert.Contains("<td style=\"text-align: right;\">12</td>", html);
        Assert.Contains("class=\"footnote-ref\"", html);
        Assert.Contains("来源说明。", html);
    }

    [Fact]
    public void Code_blocks_can_take_keyboard_focus_so_a_wide_one_can_be_scrolled_without_a_mouse()
    {
        var html = _renderer.Render("```sh\ndotnet run --project generator/Cli -- new stations hanyang-riders-home\n```\n\n    indented\n").Html;

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "<pre[^>]* tabindex=\"0\"").Count);
        Assert.Contains("<pre class=\"language-sh\" tabindex=\"0\"><code>", html);
    }
}
