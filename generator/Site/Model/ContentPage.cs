namespace Civic.Site.Model;

/// <summary>A standalone page: <c>content/pages/&lt;slug&gt;.md</c> (about, licence, contributing, …).</summary>
/// <param name="Slug">The file name without extension; the page's URL segment.</param>
/// <param name="Title">Chinese title, and English when <c>title_en</c> or the translation gives one.</param>
/// <param name="Body">The Markdown body, raw.</param>
/// <param name="SourcePath">The file, relative to the site root.</param>
/// <param name="BodyLine">1-based line of the file where the body starts.</param>
/// <param name="English">The English translation, or null.</param>
public sealed record ContentPage(
    string Slug,
    LocalizedText Title,
    string Body,
    string SourcePath,
    int BodyLine,
    Translation? English);
