namespace Civic.Site.Emit.Feeds;

/// <summary>One entry of a feed (a story or a dataset version).</summary>
/// <param name="Id">Permanent id: the absolute permalink (plus a fragment for dataset versions). Never reused.</param>
/// <param name="Url">Absolute URL of the page.</param>
/// <param name="Title">Plain-text title.</param>
/// <param name="Summary">Plain-text summary, a sentence or two.</param>
/// <param name="ContentHtml">The full content as HTML with absolute links.</param>
/// <param name="Published">Publication time, at +08:00 (Wuhan).</param>
/// <param name="Tags">Plain-text tags (topic names).</param>
/// <param name="Categories">Atom categories: (term, label).</param>
public sealed record FeedItem(
    string Id,
    string Url,
    string Title,
    string Summary,
    string ContentHtml,
    DateTimeOffset Published,
    IReadOnlyList<string> Tags,
    IReadOnlyList<(string Term, string Label)> Categories);
