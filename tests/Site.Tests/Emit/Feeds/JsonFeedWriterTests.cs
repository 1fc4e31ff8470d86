using System.Text;
using System.Text.Json.Nodes;
using Civic.Site.Emit.Feeds;
using Civic.Site.Emit.OpenData;

namespace Civic.Site.Tests.Emit.Feeds;

public sealed class JsonFeedWriterTests
{
    [Fact]
    public void Text_is_exactly_what_json_text_writes_for_the_same_object()
    {
        var text = JsonFeedWriter.Write(AtomFeedWriterTests.Channel(), AtomFeedWriterTests.Publisher()).Single().Text;

        var feed = JsonNode.Parse(text)!.AsObject();

        Assert.Equal(JsonText.Write(feed), text);
        Assert.Equal("<p>第一段\r\n第二段 &amp; 😀</p>\n<h2 id=\"t\">\t标题</h2>\n", (string)feed["items"]![0]!["content_html"]!);
        Assert.Equal(["志愿 \"服务\""], feed["items"]![0]!["tags"]!.AsArray().Select(t => (string)t!));
        Assert.Null(feed["items"]![1]!["tags"]);
    }

    [Fact]
    public void Item_size_is_the_size_of_the_item_written_on_its_own()
    {
        var channel = AtomFeedWriterTests.Channel();
        var items = JsonNode.Parse(JsonFeedWriter.Write(channel, AtomFeedWriterTests.Publisher()).Single().Text)!["items"]!.AsArray();

        for (var i = 0; i < channel.Items.Count; i++)
        {
            Assert.Equal(Encoding.UTF8.GetByteCount(JsonText.Write(items[i]!.DeepClone())), JsonFeedWriter.ItemText(channel.Items[i]).Bytes);
        }
    }

    [Fact]
    public void An_empty_channel_has_an_empty_items_array()
    {
        var channel = AtomFeedWriterTests.Channel() with { Items = [] };

        var text = JsonFeedWriter.Write(channel, AtomFeedWriterTests.Publisher()).Single().Text;

        Assert.Equal(JsonText.Write(JsonNode.Parse(text)!), text);
        Assert.Empty(JsonNode.Parse(text)!["items"]!.AsArray());
    }
}
