using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>What readers see on the built pages of the repository's own site with the default theme.</summary>
public sealed class BundledSitePagesTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSitePagesTests(BuiltBundledSite site) => _site = site;

    [Fact]
    public void No_page_shows_template_code_in_its_text_or_attributes()
    {
        var parser = new HtmlParser();
        var leftovers = new List<string>();
        foreach (var (path, html) in _site.Pages())
        {
            var document = parser.ParseDocument(html);
            foreach (var code in document.QuerySelectorAll("script, style, template").ToList())
            {
                code.Remove();
            }

            var texts = new[] { document.Title ?? string.Empty, document.Body?.TextContent ?? string.Empty }
                .Concat(document.All.SelectMany(e => e.Attributes).Select(a => a.Value));
            leftovers.AddRange(texts.Where(t => t.Contains("{{", StringComparison.Ordinal) || t.Contains("}}", StringComparison.Ordinal))
                .Select(t => path + ": " + Excerpt(t)));
        }

        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers.Take(20)));
    }

    [Theory]
    [InlineData("/", "来源：<cite lang=\"zh-Hans\">")]
    [InlineData("/en/", "Source: <cite>")]
    [InlineData("/topics/commerce/", "来源：<cite lang=\"zh-Hans\">")]
    [InlineData("/en/topics/commerce/", "Source: <cite>")]
    [InlineData("/data/stations/", ">查看全部：")]
    [InlineData("/en/data/stations/", ">View all: ")]
    [InlineData("/stations/", ">数据集：")]
    [InlineData("/en/stations/", ">Dataset: ")]
    [InlineData("/stations/nanhu-riders-apartment/", "<span class=\"unit\">（")]
    [InlineData("/en/stations/nanhu-riders-apartment/", "<span class=\"unit\"> (yuan per month)</span>")]
    [InlineData("/data/stations/", "</cite>，")]
    [InlineData("/en/data/stations/", "</span>), <time")]
    public void Interface_punctuation_comes_from_the_page_language(string url, string expected)
    {
        Assert.Contains(expected, _site.Html(url));
    }

    [Fact]
    public void No_English_page_has_Chinese_punctuation_after_an_interface_label()
    {
        // Chinese content on English pages has its own full-width punctuation: only the spots the theme writes count.
        var spots = new Regex("(Source|View all|Dataset)：|class=\"unit\">（|</cite>，|，<time");
        var found = _site.Pages().Where(p => p.Path.StartsWith("en/", StringComparison.Ordinal))
            .SelectMany(p => spots.Matches(p.Html).Select(m => p.Path + ": " + m.Value)).ToList();

        Assert.True(found.Count == 0, string.Join("\n", found.Take(20)));
    }

    [Fact]
    public void The_story_list_marks_skipped_pages_with_a_gap_that_is_not_a_link()
    {
        var first = PaginationItems(_site.Html("/stories/"));
        var total = int.Parse(first[^1]);
        Assert.True(total >= 6, $"{total} story pages: too few to skip any");

        Assert.Equal(["1", "2", "3", "…", total.ToString()], first);
        Assert.Equal(["1", "2", "3", "4", "…", total.ToString()], PaginationItems(_site.Html("/stories/page/2/")));
        Assert.Equal(["1", "…", (total - 2).ToString(), (total - 1).ToString(), total.ToString()],
            PaginationItems(_site.Html($"/en/stories/page/{total}/")));
        Assert.Contains("<li class=\"pagination-gap\" aria-hidden=\"true\">…</li>", _site.Html("/stories/"));
    }

    [Fact]
    public void Every_pagination_has_a_gap_exactly_where_page_numbers_are_skipped()
    {
        var checkedPages = 0;
        foreach (var (path, html) in _site.Pages().Where(p => p.Html.Contains("<nav class=\"pagination\"", StringComparison.Ordinal)))
        {
            var items = PaginationItems(html);
            for (var i = 1; i < items.Count; i++)
            {
                if (items[i] == "…")
                {
                    Assert.True(i + 1 < items.Count && int.Parse(items[i + 1]) > int.Parse(items[i - 1]) + 1, $"{path}: {string.Join(" ", items)}");
                }
                else if (items[i - 1] != "…")
                {
                    Assert.True(int.Parse(items[i]) == int.Parse(items[i - 1]) + 1, $"{path}: {string.Join(" ", items)}");
                }
            }

            checkedPages++;
        }

        Assert.True(checkedPages >= 12, $"{checkedPages} paginated pages");
    }

    [Fact]
    public void A_name_under_the_title_is_marked_with_its_own_language()
    {
        Assert.Contains("<p class=\"page-sub\" lang=\"en\">Nanhu Sub-district riders&#39; apartment</p>", _site.Html("/stations/nanhu-riders-apartment/"));

        var parser = new HtmlParser();
        var (english, chinese) = (0, 0);
        foreach (var (path, html) in _site.Pages().Where(p => p.Html.Contains("class=\"page-sub\" lang=", StringComparison.Ordinal)))
        {
            foreach (var sub in parser.ParseDocument(html).QuerySelectorAll("p.page-sub[lang]"))
            {
                var lang = sub.GetAttribute("lang")!;
                var hasHan = Regex.IsMatch(sub.TextContent, @"\p{IsCJKUnifiedIdeographs}");
                Assert.True(lang.StartsWith("zh", StringComparison.Ordinal) == hasHan, $"{path}: lang=\"{lang}\" on \"{sub.TextContent}\"");
                if (hasHan)
                {
                    chinese++;
                }
                else
                {
                    english++;
                }
            }
        }

        Assert.True(english > 10 && chinese > 10, $"{english} English and {chinese} Chinese names under titles");
    }

    /// <summary>The page numbers and gaps of a page's pagination, in order, without Previous and Next.</summary>
    private static List<string> PaginationItems(string html)
    {
        var nav = new HtmlParser().ParseDocument(html).QuerySelector("nav.pagination");
        Assert.NotNull(nav);
        return nav.QuerySelectorAll("li:not(.pagination-prev):not(.pagination-next)")
            .Select(li => li.TextContent.Trim()).ToList();
    }

    /// <summary>The text around the first brace pair, on one line.</summary>
    private static string Excerpt(string text)
    {
        var line = Regex.Replace(text, @"\s+", " ");
        var at = Regex.Match(line, @"\{\{|\}\}").Index;
        return line[Math.Max(0, at - 40)..Math.Min(line.Length, at + 40)];
    }
}
