using Civic.Site.Load.Yaml;

namespace Civic.Site.Load;

/// <summary>A Markdown file with front matter: a story or a page, in the default language or a translation.</summary>
/// <param name="Slug">File name without the language suffix and extension.</param>
/// <param name="Language">Null for the default language, else the suffix (<c>en</c> for <c>slug.en.md</c>).</param>
/// <param name="Path">Path relative to the root.</param>
/// <param name="FrontMatter">The front-matter mapping.</param>
/// <param name="Body">The raw Markdown body.</param>
/// <param name="BodyLine">1-based line where the body starts.</param>
public sealed record MarkdownFile(string Slug, string? Language, string Path, YMapping FrontMatter, string Body, int BodyLine)
{
    /// <summary>True for a translation file.</summary>
    public bool IsTranslation => Language is not null;
}
