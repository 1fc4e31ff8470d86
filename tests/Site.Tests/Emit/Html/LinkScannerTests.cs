using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Civic.Site.Emit.Html;
using Civic.Site.Tests.Render;

namespace Civic.Site.Tests.Emit.Html;

/// <summary>
/// The scanner reads only the start tags it slices out of a page; the oracle here runs AngleSharp's tokenizer over
/// every character, as the scanner once did. Both must find the same ids and links.
/// </summary>
public sealed class LinkScannerTests
{
    private static readonly (string Tag, string Attribute)[] Targets =
    [
        ("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"),
    ];

    [Theory]
    [InlineData("<p>文字 <a href=\"/a/\">甲</a> 和 <A HREF='/b/'>乙</A></p>")]
    [InlineData("<a title=\"x > y\" href=\"/gt-in-quotes/\">q</a>")]
    [InlineData("<a href=/unquoted/ id=u>u</a><img src=\"/i.svg\" alt=\"\">")]
    [InlineData("<script>var s = '<a href=\"/not-a-link/\">';</script><a href=\"/after-script/\">a</a>")]
    [InlineData("<style>a[href='/x'] { color: red }</style><textarea><a href=\"/in-textarea/\"></textarea><title><a href=/t></title>")]
    [InlineData("<!-- <a href=\"/commented/\"> --><a href=\"/after-comment/\">c</a>")]
    [InlineData("<a href=\"/q?a=1&amp;b=2#%E7%89%87\">entity</a><h2 id=\"社区驿站\">h</h2><div data-id=\"x\" id=\"真\">d</div>")]
    [InlineData("<p>1 < 2 and a lone < sign</p><a href=\"/lone-lt/\">l</a><link rel=\"stylesheet\" href=\"/s.css\"><source src=\"/v.webm\">")]
    [InlineData("<svg><a href=\"/svg-link/\"></a></svg><area href=\"/area/\"><x-y id=\"custom\"></x-y>")]
    [InlineData("<a href=\"/before-unterminated/\" id=\"b\">b</a><img src=\"/unterminated.png\" alt=\"the quote never closes")]
    public void Finds_what_the_full_tokenizer_finds(string body)
    {
        var html = $"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>";
        AssertSame(Oracle(html), LinkScanner.Scan(html));
    }

    [Fact]
    public void Finds_what_the_full_tokenizer_finds_on_every_page_of_the_bundled_site()
    {
        using var site = BundledSite.Copy();
        var output = Path.Combine(site.Root, "_out");
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root, output)).Succeeded);
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 300, $"only {pages.Length} pages");
        var links = 0;
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var expected = Oracle(html);
            AssertSame(expected, LinkScanner.Scan(html));
            links += expected.Links.Count;
        }

        Assert.True(links > 10_000, $"only {links} links");
    }

    private static void AssertSame((HashSet<string> Ids, List<(string, string)> Links) expected, PageLinks actual)
    {
        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Links, actual.Links.Select(l => (l.Href, LinkScanner.ElementOf(l))));
    }

    private static (HashSet<string> Ids, List<(string, string)> Links) Oracle(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byKind = Targets.Select(_ => new List<(string, string)>()).ToArray();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver) { SkipDataText = true, SkipComments = true };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
            {
                continue;
            }

            if (tag.GetAttribute("id") is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            for (var k = 0; k < Targets.Length; k++)
            {
                if (tag.Name == Targets[k].Tag && tag.GetAttribute(Targets[k].Attribute) is { Length: > 0 } value)
                {
                    byKind[k].Add((value, Targets[k].Tag + "[" + Targets[k].Attribute + "]"));
                }
            }

            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "noscript" or "iframe" or "xmp" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return (ids, byKind.SelectMany(l => l).ToList());
    }
}
