namespace Civic.Site.Emit.Feeds;

/// <summary>A feed to publish as JSON Feed and Atom.</summary>
/// <param name="Folder">Site folder of the feed files, "" for the site root, else ending in '/' (e.g. <c>topics/volunteers/</c>).</param>
/// <param name="Title">Feed title.</param>
/// <param name="Description">What the feed is about.</param>
/// <param name="HomePageUrl">Absolute URL of the HTML page the feed belongs to.</param>
/// <param name="Items">Entries, newest first.</param>
public sealed record FeedChannel(string Folder, string Title, string Description, string HomePageUrl, IReadOnlyList<FeedItem> Items)
{
    /// <summary>Site path of the JSON Feed page <paramref name="page"/> (1-based): feed.json, feed-2.json, …</summary>
    public string JsonPath(int page = 1) => Folder + (page <= 1 ? "feed.json" : $"feed-{page}.json");

    /// <summary>Site path of the Atom page <paramref name="page"/>: feed.xml, feed-2.xml, …</summary>
    public string AtomPath(int page = 1) => Folder + (page <= 1 ? "feed.xml" : $"feed-{page}.xml");
}
