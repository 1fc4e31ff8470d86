using Civic.Site.Emit.Html;

namespace Civic.Site.Tests.Emit.Html;

public sealed class LinkCheckerTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("civic-links-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string path, string body)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, $"<!doctype html><html><head><title>t</title></head><body>{body}</body></html>");
    }

    [Fact]
    public void Links_to_existing_pages_files_and_fragments_resolve()
    {
        Write("index.html", "<a href=\"/stories/\">s</a><a href=\"/stations/zhizhong/#sources\">z</a><a href=\"https://example.org/\">e</a><a href=\"#top\" id=\"top\">t</a><a href=\"mailto:a@b.c\">m</a>");
        Write("stories/index.html", "<a href=\"../stations/zhizhong/\">rel</a><a href=\"/stations/zhizhong\">no slash</a>");
        Write("stations/zhizhong/index.html", "<h2 id=\"sources\">来源</h2><img src=\"/assets/a.svg\" alt=\"\">");
        File.WriteAllText(Path.Combine(_root, "assets.svg"), "");
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        File.WriteAllText(Path.Combine(_root, "assets", "a.svg"), "<svg/>");

        Assert.Empty(new LinkChecker(_root, "/").CheckAll());
    }

    [Fact]
    public void Missing_pages_files_and_fragments_are_reported_with_the_page_that_links()
    {
        Write("index.html", "<a href=\"/stations/nowhere/\">x</a><link rel=\"stylesheet\" href=\"/assets/missing.css\">");
        Write("stories/a/index.html", "<a href=\"/#no-such-id\">x</a><a href=\"../../../etc/passwd\">y</a>");

        var broken = new LinkChecker(_root, "/").CheckAll();

        Assert.Equal(
            [
                new BrokenLink("index.html", "/stations/nowhere/", "a[href]"),
                new BrokenLink("index.html", "/assets/missing.css", "link[href]"),
                new BrokenLink("stories/a/index.html", "/#no-such-id", "a[href]"),
                new BrokenLink("stories/a/index.html", "../../../etc/passwd", "a[href]"),
            ],
            broken);
    }

    [Fact]
    public void Root_relative_links_must_carry_the_base_path()
    {
        Write("index.html", "<a href=\"/civic/stories/\">ok</a><a href=\"/stories/\">outside the base path</a><a href=\"/civic/%E6%95%85%E4%BA%8B/\">encoded</a>");
        Write("stories/index.html", "");
        Write("故事/index.html", "");

        var broken = new LinkChecker(_root, "/civic/").CheckAll();

        Assert.Equal([new BrokenLink("index.html", "/stories/", "a[href]")], broken);
    }
}
