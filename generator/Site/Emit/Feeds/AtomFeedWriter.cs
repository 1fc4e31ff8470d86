using System.Buffers;
using System.Text;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287) with <c>xml:lang</c>, a self link, the publisher as feed author, <c>updated</c> from the newest
/// entry (never the build time), and entries with id, title, published, updated, an alternate link, a text summary
/// and the HTML content. Long feeds continue in feed-2.xml, … linked with <c>rel="next"</c> (RFC 5005).
/// </summary>
/// <remarks>
/// The XML is written as UTF-8 text, indented as <see cref="System.Xml.XmlWriter"/> indents it, with
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
        var pages = FeedPages.Split(FeedPages.Texts(channel, text), e => e.AtomBytes);
        var updated = DateTimeOffset.UnixEpoch;
        for (var i = 0; i < channel.Items.Count; i++)
        {
            updated = i == 0 || channel.Items[i].Published > updated ? channel.Items[i].Published : updated;
        }

        Span<byte> date = stackalloc byte[64];
        date = date[..JsonFeedWriter.Rfc3339(updated, date)];
        for (var i = 0; i < pages.Count; i++)
        {
            var page = i + 1;
            var self = publisher.BaseUrl + channel.AtomPath(page);
            buffer.ResetWrittenCount();
            buffer.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xml:lang=\""u8);
            XmlEscape.WriteAttribute(buffer, publisher.Language);
            buffer.Write("\" xmlns=\"http://www.w3.org/2005/Atom\">\n"u8);
            Element(buffer, "  "u8, "id"u8, self);
            Element(buffer, "  "u8, "title"u8, channel.Title);
            Element(buffer, "  "u8, "subtitle"u8, channel.Description);
            Raw(buffer, "  "u8, "updated"u8, date);
            buffer.Write("  <author>\n"u8);
            Element(buffer, "    "u8, "name"u8, publisher.AuthorName);
            Element(buffer, "    "u8, "uri"u8, publisher.BaseUrl);
            buffer.Write("  </author>\n"u8);
            Link(buffer, "  "u8, "self"u8, "application/atom+xml"u8, self);
            Link(buffer, "  "u8, "alternate"u8, "text/html"u8, channel.HomePageUrl);
            Link(buffer, "  "u8, "alternate"u8, "application/feed+json"u8, publisher.BaseUrl + channel.JsonPath(page));
            if (page < pages.Count)
            {
                Link(buffer, "  "u8, "next"u8, "application/atom+xml"u8, publisher.BaseUrl + channel.AtomPath(page + 1));
            }

            Element(buffer, "  "u8, "rights"u8, publisher.Rights);
            buffer.Write("  <generator>Civic</generator>\n"u8);
            foreach (var entry in pages[i])
            {
                buffer.Write(entry.Atom.Span);
                buffer.Write("\n"u8);
            }

            buffer.Write("</feed>\n"u8);
            sink(channel.AtomPath(page), buffer.WrittenSpan);
        }
    }

    /// <summary>An entry as UTF-8, indented as a child of <c>feed</c>, and its size written on its own without indentation.</summary>
    public static (byte[] Text, int Bytes) EntryText(FeedItem item)
    {
        var (text, bytes) = new FeedItemSerializer().Atom(item);
        return (text.ToArray(), bytes);
    }

    /// <summary>
    /// Writes <paramref name="item"/> as an entry indented as a child of <c>feed</c>, without the line end, and
    /// returns its size written on its own without indentation.
    /// </summary>
    internal static int WriteEntry(FeedItem item, FeedItemArena output)
    {
        var start = output.Length;
        Span<byte> date = stackalloc byte[64];
        date = date[..JsonFeedWriter.Rfc3339(item.Published, date)];
        output.Write("  <entry>\n"u8);
        Element(output, "    "u8, "id"u8, item.Id);
        Element(output, "    "u8, "title"u8, item.Title);
        Raw(output, "    "u8, "published"u8, date);
        Raw(output, "    "u8, "updated"u8, date);
        Link(output, "    "u8, "alternate"u8, "text/html"u8, item.Url);
        foreach (var (term, label) in item.Categories)
        {
            output.Write("    <category term=\""u8);
            XmlEscape.WriteAttribute(output, term);
            output.Write("\" label=\""u8);
            XmlEscape.WriteAttribute(output, label);
            output.Write("\" />\n"u8);
        }

        output.Write("    <summary type=\"text\">"u8);
        XmlEscape.WriteText(output, item.Summary);
        output.Write("</summary>\n    <content type=\"html\">"u8);
        XmlEscape.WriteText(output, item.ContentHtml);
        output.Write("</content>\n  </entry>"u8);

        // Written on its own the entry has no indentation: every line end here is indentation (text in the entry
        // holds line ends too, but those are counted on both sides), less the indentation of the lines.
        var children = 5 + item.Categories.Count + 2;
        var indentation = 2 + (children * (1 + 4)) + 1 + 2;
        return output.Length - start - indentation + EntryFrameBytes - "<entry></entry>".Length;
    }

    private static void Element(IBufferWriter<byte> output, ReadOnlySpan<byte> indent, ReadOnlySpan<byte> name, string text)
    {
        Open(output, indent, name);
        XmlEscape.WriteText(output, text);
        Close(output, name);
    }

    // Text that needs no escaping (dates).
    private static void Raw(IBufferWriter<byte> output, ReadOnlySpan<byte> indent, ReadOnlySpan<byte> name, ReadOnlySpan<byte> text)
    {
        Open(output, indent, name);
        output.Write(text);
        Close(output, name);
    }

    private static void Open(IBufferWriter<byte> output, ReadOnlySpan<byte> indent, ReadOnlySpan<byte> name)
    {
        output.Write(indent);
        output.Write("<"u8);
        output.Write(name);
        output.Write(">"u8);
    }

    private static void Close(IBufferWriter<byte> output, ReadOnlySpan<byte> name)
    {
        output.Write("</"u8);
        output.Write(name);
        output.Write(">\n"u8);
    }

    private static void Link(IBufferWriter<byte> output, ReadOnlySpan<byte> indent, ReadOnlySpan<byte> rel, ReadOnlySpan<byte> type, string href)
    {
        output.Write(indent);
        output.Write("<link rel=\""u8);
        output.Write(rel);
        output.Write("\" type=\""u8);
        output.Write(type);
        output.Write("\" href=\""u8);
        XmlEscape.WriteAttribute(output, href);
        output.Write("\" />\n"u8);
    }
}
