namespace Civic.Site.Emit.Feeds;

/// <summary>Who publishes the feeds and in which language.</summary>
/// <param name="BaseUrl">Absolute site URL ending in '/'.</param>
/// <param name="AuthorName">Name of the publisher.</param>
/// <param name="Language">RFC 5646 language tag of the feeds.</param>
/// <param name="Rights">Licence line for Atom's rights element.</param>
public sealed record FeedPublisher(string BaseUrl, string AuthorName, string Language, string Rights);
