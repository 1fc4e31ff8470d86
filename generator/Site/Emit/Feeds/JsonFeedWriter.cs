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

    // As JsonText.Write escapes strings: Chinese left readable. One value at a time, so no indentation.
    private static readonly JsonWriterOptions ValueOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
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
        var pages = FeedPages.Split(FeedPages.Texts(channel, text), t => t.JsonBytes);
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

                    buffer.Write(pages[i][j].Json.Span);
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
        var (text, bytes) = new FeedItemSerializer().Json(item);
        return (text.ToArray(), bytes);
    }

    /// <summary>A writer of single string values, escaped as <see cref="JsonText"/> escapes them, into <paramref name="output"/>.</summary>
    internal static Utf8JsonWriter ValueWriter(IBufferWriter<byte> output) => new(output, ValueOptions);

    /// <summary>
    /// Writes <paramref name="item"/> as <see cref="JsonText"/> indents it as an element of <c>items</c>, and returns
    /// its size written on its own. Only the string values go through <paramref name="values"/>; the layout is
    /// written here, so nothing is written twice to be re-indented.
    /// </summary>
    internal static int WriteItem(FeedItem item, FeedItemArena output, Utf8JsonWriter values)
    {
        var start = output.Length;
        output.Write("    {\n      \"id\": "u8);
        Value(values, item.Id);
        output.Write(",\n      \"url\": "u8);
        Value(values, item.Url);
        output.Write(",\n      \"title\": "u8);
        Value(values, item.Title);
        output.Write(",\n      \"content_html\": "u8);
        Value(values, item.ContentHtml);
        output.Write(",\n      \"summary\": "u8);
        Value(values, item.Summary);
        output.Write(",\n      \"date_published\": "u8);
        Span<byte> date = stackalloc byte[64];
        Value(values, date[..Rfc3339(item.Published, date)]);
        var lines = 8;
        if (item.Tags.Count > 0)
        {
            output.Write(",\n      \"tags\": ["u8);
            lines += 2;
            for (var i = 0; i < item.Tags.Count; i++)
            {
                if (IndexOf(item.Tags, item.Tags[i], i) < i)
                {
                    continue;
                }

                output.Write(lines > 10 ? ",\n        "u8 : "\n        "u8);
                Value(values, item.Tags[i]);
                lines++;
            }

            output.Write("\n      ]"u8);
        }

        output.Write("\n    }"u8);

        // The item on its own has four spaces less on every line, and JsonText ends it with a line end.
        return output.Length - start - (4 * lines) + 1;
    }

    /// <summary><c>2024-07-15T00:00:00+08:00</c> as UTF-8 into <paramref name="destination"/>; returns its length.</summary>
    internal static int Rfc3339(DateTimeOffset time, Span<byte> destination) =>
        time.TryFormat(destination, out var written, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            ? written
            : throw new InvalidOperationException("A date did not fit its buffer.");

    private static void Value(Utf8JsonWriter values, string value)
    {
        values.Reset();
        values.WriteStringValue(value);
        values.Flush();
    }

    private static void Value(Utf8JsonWriter values, ReadOnlySpan<byte> utf8)
    {
        values.Reset();
        values.WriteStringValue(utf8);
        values.Flush();
    }

    // The first index of value in tags, looking no further than limit (tags are few: a loop beats a set).
    private static int IndexOf(IReadOnlyList<string> tags, string value, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            if (string.Equals(tags[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary><c>2024-07-15T00:00:00+08:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
