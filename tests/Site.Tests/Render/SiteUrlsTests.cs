using Civic.Site.Render;

namespace Civic.Site.Tests.Render;

public sealed class SiteUrlsTests
{
    [Fact]
    public void The_default_language_lives_at_the_base_and_the_others_under_their_code()
    {
        var urls = new SiteUrls("https://civic.example/", ["zh-Hans", "en"]);

        Assert.Equal("/", urls.Home("zh-Hans"));
        Assert.Equal("/en/", urls.Home("en"));
        Assert.Equal("/stories/page/3/", urls.Stories("zh-Hans", 3));
        Assert.Equal("/en/stories/", urls.Stories("en", 1));
        Assert.Equal("/en/stations/chunhe-centre/", urls.Record("en", "stations", "chunhe-centre"));
        Assert.Equal("/topics/parking/", urls.Record("zh-Hans", "topics", "parking", 1));
        Assert.Equal("/en/topics/parking/page/12/", urls.Record("en", "topics", "parking", 12));
        Assert.Equal("/data/stations/", urls.Dataset("zh-Hans", "stations"));
        Assert.Equal("/404.html", urls.NotFound("zh-Hans"));
    }

    [Fact]
    public void A_base_url_with_a_path_prefixes_urls_and_is_removed_from_output_paths()
    {
        var urls = new SiteUrls("https://example.org/civic", ["zh-Hans", "en"]);

        Assert.Equal("/civic/", urls.BasePath);
        Assert.Equal("/civic/en/topics/parking/", urls.Record("en", "topics", "parking"));
        Assert.Equal("https://example.org/civic/en/topics/parking/", urls.Absolute(urls.Record("en", "topics", "parking")));
        Assert.Equal("en/topics/parking/index.html", urls.OutputPath("/civic/en/topics/parking/"));
        Assert.Equal("index.html", urls.OutputPath("/civic/"));
        Assert.Equal("404.html", urls.OutputPath(urls.NotFound("zh-Hans")));
    }
}
