using System.Globalization;
using System.Text;
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

    /// <summary>The pages of <paramref name="channel"/>: (site path, JSON text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Write(FeedChannel channel, FeedPublisher publisher)
    {
        var nodes = channel.Items.Select(Item).ToList();
        var pages = FeedPages.Split(nodes, n => Encoding.UTF8.GetByteCount(JsonText.Write(n)));
        var result = new List<(string, string)>();
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

            feed["items"] = new JsonArray([.. pages[i].Select(n => n.DeepClone())]);
            result.Add((channel.JsonPath(page), JsonText.Write(feed)));
        }

        return result;
    }

    private static JsonObject Item(FeedItem item)
    {
        var o = new JsonObject
        {
            ["id"] = item.Id,
            ["url"] = item.Url,
            ["title"] = item.Title,
            ["content_html"] = item.ContentHtml,
            ["summary"] = item.Summary,
            ["date_published"] = Rfc3339(item.Published),
        };
        if (item.Tags.Count > 0)
        {
            o["tags"] = JsonText.Strings(item.Tags.Distinct(StringComparer.Ordinal));
        }

        return o;
    }

    /// <summary><c>2024-07-15T00:00:00+08:00</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
