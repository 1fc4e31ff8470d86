using System.Text;
using System.Xml;
using System.Xml.Linq;
using Civic.Site.Emit.Feeds;

namespace Civic.Site.Tests.Emit.Feeds;

public sealed class AtomFeedWriterTests
{
    private static readonly XNamespace Atom = AtomFeedWriter.Namespace;

    internal static FeedChannel Channel() => new(
        "topics/a&b/",
        "标题 & <副标题>",
        "说明：“引号” 'single'\r\n第二行",
        "https://civic.example/topics/a&b/",
        [
            new FeedItem(
                "https://civic.example/stories/x/?a=1&b=2",
                "https://civic.example/stories/x/?a=1&b=2",
                "A & B <c>",
                "",
                "<p>第一段\r\n第二段 &amp; 😀</p>\n<h2 id=\"t\">\t标题</h2>\n",
                new DateTimeOffset(2025, 3, 1, 0, 0, 0, FeedBuilder.Offset),
                ["志愿 \"服务\"", "志愿 \"服务\""],
                [("volunteers", "志愿 \"服务\"\n换行"), ("other", "其他")]),
            new FeedItem("https://civic.example/stories/y/", "https://civic.example/stories/y/", "无分类", "摘要", "", new DateTimeOffset(2024, 7, 1, 0, 0, 0, FeedBuilder.Offset), [], []),
        ]);

    internal static FeedPublisher Publisher() => new("https://civic.example/", "编辑组 & 作者", "zh-Hans", "CC BY 4.0 <https://creativecommons.org/>");

    [Fact]
    public void Text_is_exactly_what_an_indenting_xml_writer_writes_for_the_same_tree()
    {
        var text = AtomFeedWriter.Write(Channel(), Publisher()).Single().Text;

        var document = XDocument.Parse(text);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        Assert.Equal(Encoding.UTF8.GetString(stream.ToArray()) + "\n", text);
        var entry = document.Root!.Elements(Atom + "entry").First();
        Assert.Equal("<p>第一段\n第二段 &amp; 😀</p>\n<h2 id=\"t\">\t标题</h2>\n", (string)entry.Element(Atom + "content")!);
        Assert.Equal("志愿 \"服务\"\n换行", (string)entry.Element(Atom + "category")!.Attribute("label")!);
    }

    [Fact]
    public void Entry_size_is_the_size_of_the_entry_written_on_its_own()
    {
        var channel = Channel();
        var document = XDocument.Parse(AtomFeedWriter.Write(channel, Publisher()).Single().Text);
        var entries = document.Root!.Elements(Atom + "entry").ToList();

        for (var i = 0; i < channel.Items.Count; i++)
        {
            var alone = new XElement(entries[i]).ToString(SaveOptions.DisableFormatting);
            Assert.Equal(Encoding.UTF8.GetByteCount(alone), AtomFeedWriter.EntryText(channel.Items[i]).Bytes);
        }
    }

    [Fact]
    public void An_empty_channel_is_a_valid_feed_without_entries()
    {
        var channel = Channel() with { Items = [] };

        var document = XDocument.Parse(AtomFeedWriter.Write(channel, Publisher()).Single().Text);

        Assert.Empty(document.Root!.Elements(Atom + "entry"));
        Assert.Equal("1970-01-01T00:00:00+00:00", (string)document.Root!.Element(Atom + "updated")!);
    }
}
