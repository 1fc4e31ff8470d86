using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Civic.Site.Emit.OpenData;
using Civic.Site.Model;

namespace Civic.Site.Emit.Feeds;

/// <summary>The feeds emitter: JSON Feed and Atom for every channel of <see cref="FeedBuilder"/>.</summary>
public sealed class FeedWriter : ISiteEmitter
{
    /// <inheritdoc/>
    public string Name => "feeds";

    /// <inheritdoc/>
    public void Emit(EmitContext context) =>
        Write(context.Model, context.Index.Stories, context.Urls.BaseUrl, context.StoryBody, context.Output.WriteBytes);

    /// <summary>Every feed file: (site path, text). <paramref name="stories"/> are the published ones, newest first.</summary>
    public static IReadOnlyList<(string Path, string Text)> Build(SiteModel model, IReadOnlyList<Story> stories, string baseUrl)
    {
        var files = new ConcurrentBag<(string Path, string Text)>();
        Write(model, stories, baseUrl, null, (path, bytes) => files.Add((path, Encoding.UTF8.GetString(bytes))));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Writes every feed file to <paramref name="sink"/>, from several threads at once (never the same path twice),
    /// so no more than a few pages are held in memory.
    /// </summary>
    /// <param name="model">The site.</param>
    /// <param name="stories">The published stories, newest first.</param>
    /// <param name="baseUrl">Absolute site URL.</param>
    /// <param name="renderBody">A story's body as its page shows it (see <see cref="FeedBuilder.Channels"/>); null renders it here.</param>
    /// <param name="sink">Where the files go.</param>
    public static void Write(SiteModel model, IReadOnlyList<Story> stories, string baseUrl, Func<Story, string>? renderBody, FeedFileSink sink)
    {
        baseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        var config = model.Config;
        var publisher = new FeedPublisher(
            baseUrl,
            Citation.Publisher(config).Zh,
            config.DefaultLanguage,
            $"{config.Licence.Name} ({config.Licence.Id})" + (config.Licence.Url is { } url ? " " + url : ""));
        var channels = FeedBuilder.Channels(model, stories, baseUrl, renderBody);

        // Each item is serialised once, however many channels list it; then the channels are written in parallel.
        var byItem = new Dictionary<FeedItem, int>(channels[0].Items.Count + 64, ReferenceEqualityComparer.Instance);
        var distinct = new List<FeedItem>(channels[0].Items.Count + 64);
        foreach (var channel in channels)
        {
            foreach (var item in channel.Items)
            {
                if (byItem.TryAdd(item, distinct.Count))
                {
                    distinct.Add(item);
                }
            }
        }

        var texts = new FeedItemText[distinct.Count];
        Parallel.For(
            0,
            distinct.Count,
            () => new FeedItemSerializer(),
            (i, _, serializer) =>
            {
                texts[i] = serializer.Write(distinct[i]);
                return serializer;
            },
            _ => { });
        Func<FeedItem, FeedItemText> text = item => texts[byItem[item]];

        Parallel.For(
            0,
            channels.Count,
            () => new ArrayBufferWriter<byte>(FeedPages.DefaultBudget + (64 * 1024)),
            (i, _, buffer) =>
            {
                JsonFeedWriter.Write(channels[i], publisher, text, buffer, sink);
                AtomFeedWriter.Write(channels[i], publisher, text, buffer, sink);
                return buffer;
            },
            _ => { });
    }
}
