using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Civic.Site.Emit.OpenData;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version first, title, home_page_url, feed_url, language,
/// authors, and items with a permanent id, url, title, content_html, a plain-text summary and date_published in
/// RFC 3339 at +08:00. A feed larger than <see cref="FeedPages.DefaultBudget"/> continues in feed-2.json, … linked
/// by next_url.
/// </summary>
public static class JsonFeedWriter
{
    /// <summary>The value of <c>version</c>.</summary>
    public const string Version = "https://jsonfeed.org/version/1.1";

    // As JsonText.Write: two-space indentation, LF, Chinese left readable.
    private static readonly JsonWriterOptions ItemOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The pages of <paramref name="channel"/>: (site path, JSON text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Write(FeedChannel channel, FeedPublisher publisher)
    {
        var files = new List<(string, string)>();
        Write(channel, publisher, FeedItemText.Of, new ArrayBufferWriter<byte>(), (path, bytes) => files.Add((path, Encoding.UTF8.GetString(bytes))));
        return files;
    }

    /// <summary>
    /// Writes the pages of <paramref name="channel"/> to <paramref name="sink"/>, each item's text from
    /// <paramref name="text"/>, each page assembled in <paramref name="buffer"/>.
    /// </summary>
    public static void Write(FeedChannel channel, FeedPublisher publisher, Func<FeedItem, FeedItemText> text, ArrayBufferWriter<byte> buffer, FeedFileSink sink)
    {
        var pages = FeedPages.Split(channel.Items.Select(text).ToList(), t => t.JsonBytes);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = i + 1;
            var feed = new JsonObject
            {
                ["version"] = Version,
                ["title"] = channel.Title,
                ["home_page_url"] = channel.HomePageUrl,
                ["feed_url"] = publisher.BaseUrl + channel.JsonPath(page),
                ["description"] = channel.Description,
                ["language"] = publisher.Language,
                ["authors"] = new JsonArray(new JsonObject { ["name"] = publisher.AuthorName, ["url"] = publisher.BaseUrl }),
            };
            if (page < pages.Count)
            {
                feed["next_url"] = publisher.BaseUrl + channel.JsonPath(page + 1);
            }

            // The head is written without items and its closing brace replaced by the items array, copied from
            // text serialised once per item: the result is what JsonText.Write gives for the whole object.
            buffer.ResetWrittenCount();
            var head = JsonText.Write(feed);
            Encoding.UTF8.GetBytes(head.AsSpan(0, head.Length - "\n}\n".Length), buffer);
            buffer.Write(",\n  \"items\": ["u8);
            if (pages[i].Count > 0)
            {
                buffer.Write("\n"u8);
                for (var j = 0; j < pages[i].Count; j++)
                {
                    if (j > 0)
                    {
                        buffer.Write(",\n"u8);
                    }

                    buffer.Write(pages[i][j].Json);
                }

                buffer.Write("\n  "u8);
            }

            buffer.Write("]\n}\n"u8);
            sink(channel.JsonPath(page), buffer.WrittenSpan);
        }
    }

    /// <summary>An item as UTF-8, indented as an element of a feed's <c>items</c> array, and its size written on its own.</summary>
    public static (byte[] Text, int Bytes) ItemText(FeedItem item)
    {
        var buffer = new ArrayBufferWriter<byte>(item.ContentHtml.Length * 3 + 1024);
        using (var writer = new Utf8JsonWriter(buffer, ItemOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("url", item.Url);
            writer.WriteString("title", item.Title);
            writer.WriteString("content_html", item.ContentHtml);
            writer.WriteString("summary", item.Summary);
            writer.WriteString("date_published", Rfc3339(item.Published));
            if (item.Tags.Count > 0)
            {
                writer.WriteStartArray("tags");
                foreach (var tag in item.Tags.Distinct(StringComparer.Ordinal))
                {
                    writer.WriteStringValue(tag);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        // JSON strings never hold a raw line end, so indenting every line moves the object two levels in.
        var written = buffer.WrittenSpan;
        var indented = new byte[written.Length + (4 * (written.Count((byte)'\n') + 1))];
        var at = 0;
        foreach (var line in written.Split((byte)'\n'))
        {
            if (at > 0)
            {
                indented[at++] = (byte)'\n';
            }

            "    "u8.CopyTo(indented.AsSpan(at));
            written[line].CopyTo(indented.AsSpan(at + 4));
            at += 4 + (line.End.Value - line.Start.Value);
        }

        return (indented, written.Length + 1);
    }

    /// <summary><c>2024-07-15T00:00:00+08:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
