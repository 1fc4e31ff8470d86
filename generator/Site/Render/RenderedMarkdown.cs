namespace Civic.Site.Render;

/// <summary>The HTML of a Markdown body, its headings (with their ids) and any links that were neutralised.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<RenderedHeading> Headings, IReadOnlyList<string> UnsafeLinks);
