namespace Civic.Site.Emit.Search;

/// <summary>One page as the search index sees it.</summary>
/// <param name="Url">Path relative to the site root without a leading slash, e.g. <c>stories/zhizhong/</c>; the English
/// interface prefixes <c>en/</c> itself.</param>
/// <param name="Language">The language of <paramref name="Title"/> and <paramref name="Text"/>, e.g. <c>zh-Hans</c>.</param>
/// <param name="Text">The main text of the page (see <see cref="SearchTextExtractor"/>), also used for snippets.</param>
/// <param name="Date">ISO date or partial date (<c>2024</c>, <c>2024-07</c>), sorts the facet-only browse view.</param>
/// <param name="TitleEn">The title of the page's English translation (a story or page with a <c>.en.md</c> file), or
/// the English name of a record or dataset, or null. One document holds both languages, so the English search finds the
/// translation without a second index.</param>
/// <param name="TextEn">The main text of that translation, or the English summary of a record or description of a topic
/// or dataset, or null.</param>
public sealed record SearchDocument(
    string Url,
    string Language,
    SearchDocumentType Type,
    string Title,
    string Text,
    SearchFacetValue? District,
    IReadOnlyList<SearchFacetValue> Topics,
    string? Date,
    string? TitleEn = null,
    string? TextEn = null);
