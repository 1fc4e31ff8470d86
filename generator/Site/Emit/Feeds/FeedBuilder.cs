using System.Net;
using Civic.Site.Emit.OpenData;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// The feeds of a site: all stories (<c>/feed.json</c>, <c>/feed.xml</c>), one per topic (<c>/topics/&lt;id&gt;/feed.*</c>)
/// and per district (<c>/districts/&lt;id&gt;/feed.*</c>), and the dataset updates (<c>/data/feed.*</c>), one item per
/// dataset version. Stories are in Chinese; a story dated to the month only is published on its first day.
/// </summary>
public static class FeedBuilder
{
    /// <summary>Wuhan's UTC offset.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Every channel, in a stable order.</summary>
    /// <param name="model">The site.</param>
    /// <param name="stories">The published stories, newest first.</param>
    /// <param name="baseUrl">Absolute site URL ending in '/'.</param>
    /// <param name="renderBody">
    /// A story's body as HTML with root-relative links on the site's base path, as its page shows it: lets a build
    /// pass the Markdown it rendered for the pages. When null, each body is rendered here.
    /// </param>
    public static IReadOnlyList<FeedChannel> Channels(SiteModel model, IReadOnlyList<Story> stories, string baseUrl, Func<Story, string>? renderBody = null)
    {
        var basePath = new Uri(baseUrl).AbsolutePath;
        if (renderBody is null)
        {
            var markdown = new MarkdownRenderer();
            renderBody = s => markdown.Render(s.Body, basePath).Html;
        }

        var items = new FeedItem[stories.Count];
        var links = new LinkBase(baseUrl, basePath);
        Parallel.For(0, stories.Count, i => items[i] = StoryItem(model, stories[i], baseUrl, links, renderBody));
        var title = model.Config.Title.Zh;
        var channels = new List<FeedChannel>
        {
            new("", title, model.Config.Description?.Zh ?? title, baseUrl, items),
        };

        foreach (var (dataset, label) in new[] { ("topics", "主题"), ("districts", "地区") })
        {
            var byRecord = ItemsByRecord(stories, items, dataset);
            foreach (var record in model.Dataset(dataset)?.Records ?? [])
            {
                var name = record.Title.Zh;
                channels.Add(new FeedChannel(
                    $"{dataset}/{record.Id}/",
                    $"{title}：{name}",
                    $"{label}“{name}”下的故事。",
                    $"{baseUrl}{dataset}/{record.Id}/",
                    byRecord.TryGetValue(record.Id, out var list) ? list : []));
            }
        }

        channels.Add(new FeedChannel(
            "data/",
            $"{title}：数据更新",
            "每个数据集的新版本：版本号、修改日期和下载链接。",
            baseUrl + "data/",
            DatasetItems(model, baseUrl)));
        return channels;
    }

    /// <summary>The feed entry of a story.</summary>
    public static FeedItem StoryItem(SiteModel model, Story story, string baseUrl, string basePath, MarkdownRenderer markdown) =>
        StoryItem(model, story, baseUrl, basePath, s => markdown.Render(s.Body, basePath).Html);

    /// <summary>The feed entry of a story whose body <paramref name="renderBody"/> renders.</summary>
    public static FeedItem StoryItem(SiteModel model, Story story, string baseUrl, string basePath, Func<Story, string> renderBody) =>
        StoryItem(model, story, baseUrl, new LinkBase(baseUrl, basePath), renderBody);

    private static FeedItem StoryItem(SiteModel model, Story story, string baseUrl, LinkBase links, Func<Story, string> renderBody)
    {
        var url = string.Concat(baseUrl, "stories/", story.Slug, "/");
        var html = links.Absolute(renderBody(story));
        var ids = story.Topics;
        var labels = new string[ids.Length];
        var categories = new (string Term, string Label)[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            labels[i] = model.FindRecord("topics", ids[i])?.Title.Zh ?? ids[i];
            categories[i] = (ids[i], labels[i]);
        }

        return new FeedItem(
            url,
            url,
            story.Title,
            story.Summary,
            html,
            new DateTimeOffset(story.Date.Start.ToDateTime(TimeOnly.MinValue), Offset),
            labels,
            categories);
    }

    // One pass over the stories instead of one per record; each list keeps the stories' order.
    private static Dictionary<string, List<FeedItem>> ItemsByRecord(IReadOnlyList<Story> stories, FeedItem[] items, string dataset)
    {
        var byRecord = new Dictionary<string, List<FeedItem>>(StringComparer.Ordinal);
        for (var i = 0; i < stories.Count; i++)
        {
            var ids = stories[i].Mentioned(dataset);
            for (var j = 0; j < ids.Length; j++)
            {
                // A story mentions a record once however often its front matter repeats it (ids are few: no set).
                if (ids.IndexOf(ids[j], 0, j, StringComparer.Ordinal) >= 0)
                {
                    continue;
                }

                if (!byRecord.TryGetValue(ids[j], out var list))
                {
                    byRecord[ids[j]] = list = [];
                }

                list.Add(items[i]);
            }
        }

        return byRecord;
    }

    /// <summary>One entry per dataset version, newest first.</summary>
    public static IReadOnlyList<FeedItem> DatasetItems(SiteModel model, string baseUrl)
    {
        var output = new List<FeedItem>();
        foreach (var dataset in model.Datasets)
        {
            var facts = DatasetFacts.Of(model, dataset);
            if (facts.Modified is not { } modified)
            {
                continue;
            }

            var landing = baseUrl + OpenDataPaths.Landing(dataset.Id);
            var version = facts.Version is { } v ? $"v{v}" : modified.ToString();
            var summary = $"{dataset.Title.Zh} {version}：{dataset.Records.Length} 条记录，数据截至 {modified}。";
            var html =
                $"<p>{WebUtility.HtmlEncode(dataset.Description.Zh)}</p>\n" +
                $"<p>{WebUtility.HtmlEncode(summary)}</p>\n" +
                $"<p><a href=\"{baseUrl}{OpenDataPaths.Csv(dataset.Id)}\">CSV</a> · " +
                $"<a href=\"{baseUrl}{OpenDataPaths.Xlsx(dataset.Id)}\">XLSX</a> · " +
                $"<a href=\"{baseUrl}{OpenDataPaths.Json(dataset.Id)}\">JSON</a> · " +
                $"<a href=\"{baseUrl}{OpenDataPaths.DataPackage(dataset.Id)}\">Data Package</a></p>";
            output.Add(new FeedItem(
                $"{landing}#{version}",
                landing,
                $"{dataset.Title.Zh} {version}",
                summary,
                html,
                new DateTimeOffset(modified.Start.ToDateTime(TimeOnly.MinValue), Offset),
                ["数据更新"],
                [("data", "数据更新")]));
        }

        return [.. output.OrderByDescending(i => i.Published).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <summary>Root-relative links and images in rendered HTML made absolute, for feed readers.</summary>
    public static string Absolute(string html, string baseUrl, string basePath) => new LinkBase(baseUrl, basePath).Absolute(html);
}
