namespace Civic.Site.Emit.Feeds;

/// <summary>
/// Splits a feed's items into pages whose serialized size stays under a limit (JSON Feed's spec suggests well under
/// 250 KB). Items are never split; a page holds at least one item, so a single huge item still gets published.
/// </summary>
public static class FeedPages
{
    /// <summary>Largest page we aim for, leaving room for the feed's own fields.</summary>
    public const int DefaultBudget = 240 * 1024;

    /// <summary>Consecutive runs of <paramref name="items"/> whose sizes add up to at most <paramref name="budget"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> items, Func<T, int> size, int budget = DefaultBudget)
    {
        var pages = new List<IReadOnlyList<T>>();
        var current = new List<T>();
        var used = 0;
        foreach (var item in items)
        {
            var n = size(item);
            if (current.Count > 0 && used + n > budget)
            {
                pages.Add(current);
                current = [];
                used = 0;
            }

            current.Add(item);
            used += n;
        }

        if (current.Count > 0 || pages.Count == 0)
        {
            pages.Add(current);
        }

        return pages;
    }

    /// <summary>The serialised entries of <paramref name="channel"/>, in order.</summary>
    internal static FeedItemText[] Texts(FeedChannel channel, Func<FeedItem, FeedItemText> text)
    {
        var texts = new FeedItemText[channel.Items.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = text(channel.Items[i]);
        }

        return texts;
    }
}
