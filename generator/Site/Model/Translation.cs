namespace Civic.Site.Model;

/// <summary>The English version of a story or page, from its <c>&lt;slug&gt;.en.md</c> file.</summary>
/// <param name="Title">English title.</param>
/// <param name="Summary">English summary, or null (pages have none).</param>
/// <param name="Body">The Markdown body, raw.</param>
/// <param name="SourcePath">The file, relative to the site root.</param>
/// <param name="BodyLine">1-based line of the file where the body starts, to place Markdown diagnostics.</param>
public sealed record Translation(string Title, string? Summary, string Body, string SourcePath, int BodyLine);
