using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// Atom 1.0 (RFC 4287) with <c>xml:lang</c>, a self link, the publisher as feed author, <c>updated</c> from the newest
/// entry (never the build time), and entries with id, title, published, updated, an alternate link, a text summary
/// and the HTML content. Long feeds continue in feed-2.xml, … linked with <c>rel="next"</c> (RFC 5005).
/// </summary>
public static class AtomFeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The pages of <paramref name="channel"/>: (site path, XML text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Write(FeedChannel channel, FeedPublisher publisher)
    {
        var entries = channel.Items.Select(Entry).ToList();
        var pages = FeedPages.Split(entries, e => Encoding.UTF8.GetByteCount(e.ToString(SaveOptions.DisableFormatting)));
        var result = new List<(string, string)>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = i + 1;
            var self = publisher.BaseUrl + channel.AtomPath(page);
            var updated = channel.Items.Count > 0 ? channel.Items.Max(x => x.Published) : DateTimeOffset.UnixEpoch;
            var feed = new XElement(
                Atom + "feed",
                new XAttribute(XNamespace.Xml + "lang", publisher.Language),
                new XElement(Atom + "id", self),
                new XElement(Atom + "title", channel.Title),
                new XElement(Atom + "subtitle", channel.Description),
                new XElement(Atom + "updated", JsonFeedWriter.Rfc3339(updated)),
                new XElement(Atom + "author", new XElement(Atom + "name", publisher.AuthorName), new XElement(Atom + "uri", publisher.BaseUrl)),
                Link("self", "application/atom+xml", self),
                Link("alternate", "text/html", channel.HomePageUrl),
                Link("alternate", "application/feed+json", publisher.BaseUrl + channel.JsonPath(page)),
                page < pages.Count ? Link("next", "application/atom+xml", publisher.BaseUrl + channel.AtomPath(page + 1)) : null,
                new XElement(Atom + "rights", publisher.Rights),
                new XElement(Atom + "generator", "Civic"),
                pages[i].Select(e => new XElement(e)));
            result.Add((channel.AtomPath(page), Serialize(feed)));
        }

        return result;
    }

    private static XElement Entry(FeedItem item) => new(
        Atom + "entry",
        new XElement(Atom + "id", item.Id),
        new XElement(Atom + "title", item.Title),
        new XElement(Atom + "published", JsonFeedWriter.Rfc3339(item.Published)),
        new XElement(Atom + "updated", JsonFeedWriter.Rfc3339(item.Published)),
        Link("alternate", "text/html", item.Url),
        item.Categories.Select(c => new XElement(Atom + "category", new XAttribute("term", c.Term), new XAttribute("label", c.Label))),
        new XElement(Atom + "summary", new XAttribute("type", "text"), item.Summary),
        new XElement(Atom + "content", new XAttribute("type", "html"), item.ContentHtml));

    private static XElement Link(string rel, string type, string href) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("type", type), new XAttribute("href", href));

    private static string Serialize(XElement feed)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
