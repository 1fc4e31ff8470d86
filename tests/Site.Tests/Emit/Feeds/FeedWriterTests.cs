using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Civic.Site.Emit.Feeds;
using Civic.Site.Model;
using Civic.Site.Tests.Emit.OpenData;

namespace Civic.Site.Tests.Emit.Feeds;

public sealed class FeedWriterTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static Dictionary<string, string> Build(bool drafts = false)
    {
        var model = OpenDataFixture.Model();
        var stories = model.Stories.Where(s => drafts || !s.Draft).ToList();
        return FeedWriter.Build(model, stories, OpenDataFixture.BaseUrl).ToDictionary(f => f.Path, f => f.Text);
    }

    [Fact]
    public void Main_json_feed_has_the_required_fields_and_permanent_item_ids()
    {
        var feed = JsonNode.Parse(Build()["feed.json"])!.AsObject();

        Assert.Equal("version", feed.First().Key);
        Assert.Equal("https://jsonfeed.org/version/1.1", (string)feed["version"]!);
        Assert.Equal("zh-Hans", (string)feed["language"]!);
        Assert.Equal("https://civic.example/feed.json", (string)feed["feed_url"]!);
        Assert.Equal("https://civic.example/", (string)feed["home_page_url"]!);
        Assert.Equal("Civic 开放数据编辑组", (string)feed["authors"]![0]!["name"]!);
        var items = feed["items"]!.AsArray();
        Assert.Equal(
            ["https://civic.example/stories/volunteer-story/", "https://civic.example/stories/station-story/"],
            items.Select(i => (string)i!["id"]!));
        var first = items[1]!;
        Assert.Equal((string)first["id"]!, (string)first["url"]!);
        Assert.Equal("2024-07-15T00:00:00+08:00", (string)first["date_published"]!);
        Assert.Equal("2025-03-01T00:00:00+08:00", (string)items[0]!["date_published"]!);
        Assert.Equal("一间物业用房变成了户外工作者的歇脚处的导语。", (string)first["summary"]!);
        Assert.Contains("<h2", (string)first["content_html"]!);
        Assert.DoesNotContain("<script>", (string)first["content_html"]!);
        Assert.Equal(["户外工作者"], first["tags"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        Assert.DoesNotContain("draft-story", Build()["feed.json"]);
        Assert.Contains("draft-story", Build(drafts: true)["feed.json"]);
    }

    [Fact]
    public void Each_topic_and_district_has_its_own_feed_with_only_its_stories()
    {
        var files = Build();
        var volunteers = JsonNode.Parse(files["topics/volunteers/feed.json"])!;
        var jiangxia = JsonNode.Parse(files["districts/jiangxia/feed.json"])!;

        Assert.Equal(["https://civic.example/stories/volunteer-story/"], volunteers["items"]!.AsArray().Select(i => (string)i!["id"]!));
        Assert.Equal(["https://civic.example/stories/station-story/"], jiangxia["items"]!.AsArray().Select(i => (string)i!["id"]!));
        Assert.Equal("https://civic.example/topics/volunteers/feed.json", (string)volunteers["feed_url"]!);
        Assert.True(files.ContainsKey("topics/outdoor-workers/feed.xml"));
        Assert.True(files.ContainsKey("districts/wuchang/feed.xml"));
    }

    [Fact]
    public void Dataset_updates_feed_has_one_item_per_dataset_version()
    {
        var feed = JsonNode.Parse(Build()["data/feed.json"])!;
        var ids = feed["items"]!.AsArray().Select(i => (string)i!["id"]!).ToList();

        Assert.Contains("https://civic.example/data/communities/#v1.2.0", ids);
        Assert.Contains("https://civic.example/data/sources/#v1.0.0", ids);
        Assert.Equal(4, ids.Count);
    }

    [Fact]
    public void Atom_feed_has_id_title_updated_from_content_and_complete_entries()
    {
        var feed = XDocument.Parse(Build()["feed.xml"]).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("zh-Hans", (string)feed.Attribute(XNamespace.Xml + "lang")!);
        Assert.Equal("2025-03-01T00:00:00+08:00", (string)feed.Element(Atom + "updated")!);
        Assert.Equal("https://civic.example/feed.xml", (string)feed.Elements(Atom + "link").Single(l => (string)l.Attribute("rel")! == "self").Attribute("href")!);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.NotNull(e.Element(Atom + "id"));
            Assert.NotNull(e.Element(Atom + "title"));
            Assert.NotNull(e.Element(Atom + "updated"));
            Assert.Equal("html", (string)e.Element(Atom + "content")!.Attribute("type")!);
        });
    }

    [Fact]
    public void Story_bodies_can_come_from_the_renderer_of_the_pages()
    {
        var model = OpenDataFixture.Model();
        var stories = model.Stories.Where(s => !s.Draft).ToList();
        var files = new Dictionary<string, string>();
        FeedWriter.Write(model, stories, OpenDataFixture.BaseUrl, s => $"<p><a href=\"/stories/{s.Slug}/\">{s.Slug}</a></p>", (path, bytes) =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            lock (files)
            {
                files.Add(path, text);
            }
        });

        var items = JsonNode.Parse(files["feed.json"])!["items"]!.AsArray();
        Assert.Equal("<p><a href=\"https://civic.example/stories/volunteer-story/\">volunteer-story</a></p>", (string)items[0]!["content_html"]!);
        Assert.Contains("&lt;a href=\"https://civic.example/stories/station-story/\"&gt;", files["districts/jiangxia/feed.xml"]);
        Assert.Equal(Build().Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_feed_over_the_size_budget_continues_on_further_pages()
    {
        var body = new string('字', 20_000);
        var items = Enumerable.Range(1, 12)
            .Select(i => new FeedItem($"https://civic.example/stories/s{i}/", $"https://civic.example/stories/s{i}/", $"第{i}篇", "导语", $"<p>{body}</p>", new DateTimeOffset(2025, 1, i, 0, 0, 0, FeedBuilder.Offset), [], []))
            .ToList();
        var channel = new FeedChannel("", "大", "大", "https://civic.example/", items);
        var publisher = new FeedPublisher("https://civic.example/", "编辑组", "zh-Hans", "CC BY 4.0");

        var pages = JsonFeedWriter.Write(channel, publisher);

        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.True(Encoding.UTF8.GetByteCount(p.Text) < 250 * 1024, $"{p.Path} is too large"));
        for (var i = 0; i < pages.Count; i++)
        {
            var feed = JsonNode.Parse(pages[i].Text)!;
            Assert.Equal(i < pages.Count - 1 ? $"https://civic.example/feed-{i + 2}.json" : null, (string?)feed["next_url"]);
        }

        Assert.Equal(12, pages.Sum(p => JsonNode.Parse(p.Text)!["items"]!.AsArray().Count));
        Assert.Equal(pages.Count, AtomFeedWriter.Write(channel, publisher).Count);
    }
}
