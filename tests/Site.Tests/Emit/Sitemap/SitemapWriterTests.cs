using System.Text;
using System.Xml;
using System.Xml.Linq;
using Civic.Site.Emit.Sitemap;
using Civic.Site.Render;
using Civic.Site.Tests.Emit.OpenData;

namespace Civic.Site.Tests.Emit.Sitemap;

public sealed class SitemapWriterTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static IReadOnlyList<RenderedPage> Pages() =>
    [
        new("home", "zh-Hans", "/", "index.html", "layouts/home.sbn"),
        new("home", "en", "/en/", "en/index.html", "layouts/home.sbn"),
        new("story", "zh-Hans", "/stories/station-story/", "stories/station-story/index.html", "content/stories/station-story.md"),
        new("record", "zh-Hans", "/communities/quotes/", "communities/quotes/index.html", "data/communities/quotes.yml"),
        new("record", "zh-Hans", "/communities/zhizhong/", "communities/zhizhong/index.html", "data/communities/zhizhong.yml"),
        new("term", "zh-Hans", "/districts/wuchang/", "districts/wuchang/index.html", "data/districts/wuchang.yml"),
        new("dataset", "zh-Hans", "/data/communities/", "data/communities/index.html", "data/communities/_dataset.yml"),
        new("page", "zh-Hans", "/about/", "about/index.html", "content/pages/about.md"),
        new("404", "zh-Hans", "/404.html", "404.html", "layouts/404.sbn"),
    ];

    private static Dictionary<string, string?> Build()
    {
        var model = OpenDataFixture.Model();
        var stories = model.Stories.Where(s => !s.Draft).ToList();
        var xml = SitemapWriter.Sitemap(SitemapBuilder.Entries(model, stories, Pages(), new SiteUrls(OpenDataFixture.BaseUrl, ["zh-Hans", "en"])));
        return XDocument.Parse(xml).Root!.Elements(Ns + "url")
            .ToDictionary(u => (string)u.Element(Ns + "loc")!, u => (string?)u.Element(Ns + "lastmod"));
    }

    [Fact]
    public void Every_page_but_404_is_listed_with_an_absolute_url()
    {
        var urls = Build();

        Assert.Equal(8, urls.Count);
        Assert.All(urls.Keys, u => Assert.StartsWith("https://civic.example/", u));
        Assert.DoesNotContain("https://civic.example/404.html", urls.Keys);
        Assert.Contains("https://civic.example/en/", urls.Keys);
    }

    [Fact]
    public void Lastmod_comes_from_content_dates()
    {
        var urls = Build();

        Assert.Equal("2024-07-15", urls["https://civic.example/stories/station-story/"]);
        // Founded 2024-01-02, cites an article of 2025: the page changed when the article was added.
        Assert.Equal("2025-01-01", urls["https://civic.example/communities/quotes/"]);
        // Mentioned by a story of 2025-03.
        Assert.Equal("2025-03-01", urls["https://civic.example/communities/zhizhong/"]);
        Assert.Equal("2025-03-01", urls["https://civic.example/districts/wuchang/"]);
        Assert.Equal("2025-01-01", urls["https://civic.example/data/communities/"]);
        Assert.Equal("2025-03-01", urls["https://civic.example/"]);
        Assert.Null(urls["https://civic.example/about/"]);
    }

    [Fact]
    public void Sitemap_text_is_the_indented_xml_of_its_tree_with_a_final_line_end()
    {
        var entries = new SitemapEntry[]
        {
            new("https://civic.example/", new DateOnly(2025, 3, 1)),
            new("https://civic.example/search/?q=a&b=<c>", null),
        };

        var xml = SitemapWriter.Sitemap(entries);

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            XDocument.Parse(xml).Save(writer);
        }

        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()) + "\n", xml);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n  <url>\n", xml);
        Assert.Equal("https://civic.example/search/?q=a&b=<c>", (string)XDocument.Parse(xml).Root!.Elements(Ns + "url").Last().Element(Ns + "loc")!);
    }

    [Fact]
    public void Robots_txt_points_to_the_sitemap()
    {
        Assert.Equal("User-agent: *\nAllow: /\n\nSitemap: https://civic.example/sitemap.xml\n", SitemapWriter.Robots("https://civic.example"));
    }
}
