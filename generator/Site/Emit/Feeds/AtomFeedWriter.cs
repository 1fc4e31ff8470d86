using System.Buffers;
using System.Text;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287) with <c>xml:lang</c>, a self link, the publisher as feed author, <c>updated</c> from the newest
/// entry (never the build time), and entries with id, title, published, updated, an alternate link, a text summary
/// and the HTML content. Long feeds continue in feed-2.xml, … linked with <c>rel="next"</c> (RFC 5005).
/// </summary>
/// <remarks>
/// The XML is written as text, indented as <see cref="System.Xml.XmlWriter"/> indents it, with
/// <see cref="XmlEscape"/> escaping: each entry is serialised once and pasted into every feed that lists it.
/// </remarks>
public static class AtomFeedWriter
{
    /// <summary>The Atom namespace.</summary>
    public const string Namespace = "http://www.w3.org/2005/Atom";

    // An entry written on its own declares the namespace; feed pages are split by that size.
    private static readonly int EntryFrameBytes = Encoding.UTF8.GetByteCount($"<entry xmlns=\"{Namespace}\"></entry>");

    /// <summary>The pages of <paramref name="channel"/>: (site path, XML text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Write(FeedChannel channel, FeedPublisher publisher)
    {
        var files = new List<(string, string)>();
        Write(channel, publisher, FeedItemText.Of, new ArrayBufferWriter<byte>(), (path, bytes) => files.Add((path, Encoding.UTF8.GetString(bytes))));
        return files;
    }

    /// <summary>
    /// Writes the pages of <paramref name="channel"/> to <paramref name="sink"/>, each entry's text from
    /// <paramref name="text"/>, each page assembled in <paramref name="buffer"/>.
    /// </summary>
    public static void Write(FeedChannel channel, FeedPublisher publisher, Func<FeedItem, FeedItemText> text, ArrayBufferWriter<byte> buffer, FeedFileSink sink)
    {
        var pages = FeedPages.Split(channel.Items.Select(text).ToList(), e => e.AtomBytes);
        var updated = channel.Items.Count > 0 ? channel.Items.Max(x => x.Published) : DateTimeOffset.UnixEpoch;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = i + 1;
            var self = publisher.BaseUrl + channel.AtomPath(page);
            var b = new StringBuilder(2048);
            b.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xml:lang=\"");
            XmlEscape.AppendAttribute(b, publisher.Language).Append("\" xmlns=\"").Append(Namespace).Append("\">\n");
            Element(b, "  ", "id", self);
            Element(b, "  ", "title", channel.Title);
            Element(b, "  ", "subtitle", channel.Description);
            Element(b, "  ", "updated", JsonFeedWriter.Rfc3339(updated));
            b.Append("  <author>\n");
            Element(b, "    ", "name", publisher.AuthorName);
            Element(b, "    ", "uri", publisher.BaseUrl);
            b.Append("  </author>\n");
            Link(b, "  ", "self", "application/atom+xml", self);
            Link(b, "  ", "alternate", "text/html", channel.HomePageUrl);
            Link(b, "  ", "alternate", "application/feed+json", publisher.BaseUrl + channel.JsonPath(page));
            if (page < pages.Count)
            {
                Link(b, "  ", "next", "application/atom+xml", publisher.BaseUrl + channel.AtomPath(page + 1));
            }

            Element(b, "  ", "rights", publisher.Rights);
            Element(b, "  ", "generator", "Civic");

            buffer.ResetWrittenCount();
            foreach (var chunk in b.GetChunks())
            {
                Encoding.UTF8.GetBytes(chunk.Span, buffer);
            }

            foreach (var entry in pages[i])
            {
                buffer.Write(entry.Atom);
                buffer.Write("\n"u8);
            }

            buffer.Write("</feed>\n"u8);
            sink(channel.AtomPath(page), buffer.WrittenSpan);
        }
    }

    /// <summary>An entry as UTF-8, indented as a child of <c>feed</c>, and its size written on its own without indentation.</summary>
    public static (byte[] Text, int Bytes) EntryText(FeedItem item)
    {
        var published = JsonFeedWriter.Rfc3339(item.Published);
        var b = new StringBuilder(item.ContentHtml.Length + item.Summary.Length + 1024);
        b.Append("  <entry>\n");
        Element(b, "    ", "id", item.Id);
        Element(b, "    ", "title", item.Title);
        Element(b, "    ", "published", published);
        Element(b, "    ", "updated", published);
        Link(b, "    ", "alternate", "text/html", item.Url);
        foreach (var (term, label) in item.Categories)
        {
            b.Append("    <category term=\"");
            XmlEscape.AppendAttribute(b, term).Append("\" label=\"");
            XmlEscape.AppendAttribute(b, label).Append("\" />\n");
        }

        b.Append("    <summary type=\"text\">");
        XmlEscape.AppendText(b, item.Summary).Append("</summary>\n");
        b.Append("    <content type=\"html\">");
        XmlEscape.AppendText(b, item.ContentHtml).Append("</content>\n");
        b.Append("  </entry>");
        var text = Encoding.UTF8.GetBytes(b.ToString());

        // Written on its own the entry has no indentation: every line end here is indentation (text in the entry
        // holds line ends too, but those are counted on both sides), less the indentation of the lines.
        var children = 5 + item.Categories.Count + 2;
        var indentation = 2 + (children * (1 + 4)) + 1 + 2;
        return (text, text.Length - indentation + EntryFrameBytes - "<entry></entry>".Length);
    }

    private static void Element(StringBuilder b, string indent, string name, string text)
    {
        b.Append(indent).Append('<').Append(name).Append('>');
        XmlEscape.AppendText(b, text).Append("</").Append(name).Append(">\n");
    }

    private static void Link(StringBuilder b, string indent, string rel, string type, string href)
    {
        b.Append(indent).Append("<link rel=\"").Append(rel).Append("\" type=\"").Append(type).Append("\" href=\"");
        XmlEscape.AppendAttribute(b, href).Append("\" />\n");
    }
}
