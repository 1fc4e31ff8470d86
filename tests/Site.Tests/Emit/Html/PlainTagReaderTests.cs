using Civic.Site.Emit.Html;
using Civic.Site.Tests.Render;

namespace Civic.Site.Tests.Emit.Html;

/// <summary>The fast reader must give what AngleSharp's tokenizer gives for every tag it takes, and decline the rest.</summary>
public sealed class PlainTagReaderTests
{
    [Theory]
    [InlineData("<a href=\"/stories/社区/\">")]
    [InlineData("<a class=\"card\" href=\"/a/\" id=\"甲\" hidden>")]
    [InlineData("<a href='/single/' id='s'>")]
    [InlineData("<a href=\"/first/\" href=\"/second/\" id=\"one\" id=\"two\">")]
    [InlineData("<a href=\"\" id=\"\">")]
    [InlineData("<a title=\"x > y\" href=\"/gt-in-quotes/\">")]
    [InlineData("<a\nhref=\"/newline/\"\tdata-x=\"1\">")]
    [InlineData("<img src=\"/i.svg\" alt=\"\"/>")]
    [InlineData("<img src=\"/i.svg\" alt=\"\" />")]
    [InlineData("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">")]
    [InlineData("<script src=\"/assets/js/search.js\" defer>")]
    [InlineData("<h2 id=\"户外工作者驿站\">")]
    [InlineData("<br/>")]
    [InlineData("<div data-href=\"/not-a-link/\" aria-label=\"a 'quoted' word\">")]
    [InlineData("<area href=\"/area/\" shape=\"rect\">")]
    [InlineData("<source src=\"/v.webm\" type=\"video/webm\">")]
    [InlineData("<input disabled/>")]
    public void Reads_a_plain_tag_as_the_tokenizer_does(string tag)
    {
        Assert.True(PlainTagReader.TryRead(tag, LinkScanner.LinkTargets, out var plain), "declined " + tag);
        Assert.Equal(LinkScanner.ReadWithTokenizer(tag), plain);
    }

    [Theory]
    [InlineData("<A HREF=\"/upper/\">")]
    [InlineData("<a HREF=\"/upper/\">")]
    [InlineData("<a href=\"/q?a=1&amp;b=2\">")]
    [InlineData("<a href=\"/cr/\"\r id=\"x\">")]
    [InlineData("<a href=/unquoted/>")]
    [InlineData("<a href = \"/spaced/\">")]
    [InlineData("<a href=\"/x/\"id=\"y\">")]
    [InlineData("<x-y id=\"custom\">")]
    [InlineData("<a / href=\"/slash/\">")]
    [InlineData("<img src=\"/never-closes.png\" alt=\"the quote never closes")]
    [InlineData("<a href=\"/nul/\0\">")]
    public void Declines_what_the_tokenizer_must_read(string tag)
    {
        Assert.False(PlainTagReader.TryRead(tag, LinkScanner.LinkTargets, out _));
    }

    [Fact]
    public void Takes_nearly_every_tag_of_the_bundled_site_and_agrees_with_the_tokenizer_on_each()
    {
        using var site = BundledSite.Copy();
        var output = Path.Combine(site.Root, "_out");
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root, output)).Succeeded);
        var names = LinkScanner.LinkTargets.Select(t => t.Tag).ToArray();
        var (taken, total) = (0, 0);
        foreach (var page in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(page);
            var ranges = new List<Range>();
            TagSlicer.Slice(html, names, ranges);
            foreach (var range in ranges)
            {
                var tag = html[range];
                total++;
                if (PlainTagReader.TryRead(tag, LinkScanner.LinkTargets, out var plain))
                {
                    taken++;
                    Assert.Equal(LinkScanner.ReadWithTokenizer(tag), plain);
                }
            }
        }

        Assert.True(total > 10_000, $"only {total} tags");
        Assert.True(taken >= total * 0.99, $"the plain reader took {taken} of {total} tags");
    }
}
