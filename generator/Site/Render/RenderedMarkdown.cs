namespace Civic.Site.Render;

/// <summary>
/// The HTML of a Markdown body, its headings (with their ids), and what was changed for safety: links that were
/// neutralised, raw HTML tags shown as text, and images from other hosts shown as links.
/// </summary>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<RenderedHeading> Headings,
    IReadOnlyList<string> UnsafeLinks,
    IReadOnlyList<string> RawHtml,
    IReadOnlyList<string> RemoteImages);
