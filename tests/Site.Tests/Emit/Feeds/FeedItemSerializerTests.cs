using System.Text;
using Civic.Site.Emit.Feeds;

namespace Civic.Site.Tests.Emit.Feeds;

public sealed class FeedItemSerializerTests
{
    // Enough entries, some larger than an arena chunk, that entries cross from one chunk to the next.
    private static IEnumerable<FeedItem> Items() => Enumerable.Range(0, 200).Select(i => new FeedItem(
        $"https://civic.example/stories/s{i}/",
        $"https://civic.example/stories/s{i}/",
        $"第{i}篇 & <标题>",
        "导语\r\n第二行",
        $"<p>{new string('字', i % 7 == 0 ? 30_000 : 300 + (i * 37))}</p>\n<p>a &amp; b 😀</p>",
        new DateTimeOffset(2025, 1, 1 + (i % 28), 0, 0, 0, FeedBuilder.Offset),
        i % 3 == 0 ? [] : ["志愿", "志愿", "社区"],
        i % 3 == 0 ? [] : [("volunteers", "志愿 \"服务\""), ("community", "社区")]));

    [Fact]
    public void Entries_written_one_after_another_are_the_entries_written_on_their_own()
    {
        var serializer = new FeedItemSerializer();
        var texts = Items().Select(item => (Item: item, Text: serializer.Write(item))).ToList();

        // Earlier entries must survive the later ones filling and replacing the arena's chunk.
        foreach (var (item, text) in texts)
        {
            var (json, jsonBytes) = JsonFeedWriter.ItemText(item);
            var (atom, atomBytes) = AtomFeedWriter.EntryText(item);
            Assert.Equal(Encoding.UTF8.GetString(json), Encoding.UTF8.GetString(text.Json.Span));
            Assert.Equal(Encoding.UTF8.GetString(atom), Encoding.UTF8.GetString(text.Atom.Span));
            Assert.Equal(jsonBytes, text.JsonBytes);
            Assert.Equal(atomBytes, text.AtomBytes);
        }
    }

    [Fact]
    public void A_channel_of_many_entries_is_the_same_feed_as_its_items_written_one_by_one()
    {
        var items = Items().ToList();
        var channel = new FeedChannel("", "大", "大", "https://civic.example/", items);
        var publisher = new FeedPublisher("https://civic.example/", "编辑组", "zh-Hans", "CC BY 4.0");

        var pages = JsonFeedWriter.Write(channel, publisher);

        var ids = pages.SelectMany(p => System.Text.Json.Nodes.JsonNode.Parse(p.Text)!["items"]!.AsArray()).Select(i => (string)i!["id"]!);
        Assert.Equal(items.Select(i => i.Id), ids);
        Assert.All(pages, p => Assert.EndsWith("]\n}\n", p.Text));
    }
}
