namespace Civic.Site.Emit.Feeds;

/// <summary>Receives a feed file as UTF-8 bytes; the bytes are only valid during the call.</summary>
/// <param name="path">Site path of the file, e.g. <c>topics/volunteers/feed.json</c>.</param>
/// <param name="content">The file's bytes.</param>
public delegate void FeedFileSink(string path, ReadOnlySpan<byte> content);
