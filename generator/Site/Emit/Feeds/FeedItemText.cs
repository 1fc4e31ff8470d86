namespace Civic.Site.Emit.Feeds;

/// <summary>
/// A feed entry serialised once as UTF-8, indented for its place in a feed, and its size as a feed page counts it.
/// A story appears in the site feed and in its topics' and its district's feeds: they all copy the same bytes.
/// </summary>
/// <param name="Json">The JSON Feed item, indented as an element of <c>items</c>, without a trailing comma.</param>
/// <param name="JsonBytes">UTF-8 size of the item written on its own.</param>
/// <param name="Atom">The Atom entry, indented as a child of <c>feed</c>, without the line end.</param>
/// <param name="AtomBytes">UTF-8 size of the entry written on its own without indentation.</param>
public sealed record FeedItemText(ReadOnlyMemory<byte> Json, int JsonBytes, ReadOnlyMemory<byte> Atom, int AtomBytes)
{
    /// <summary>Both serialisations of <paramref name="item"/>.</summary>
    public static FeedItemText Of(FeedItem item) => new FeedItemSerializer().Write(item);
}
