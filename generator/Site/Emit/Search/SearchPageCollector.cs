using Civic.Site.Emit;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Reads the search text of each page while the pages render (the HTML is dropped once written), keeping the
/// documents in plan order so the index is the same whatever order the threads finish in. The English page of a
/// translated story or page is read too, and joins the document of its Chinese page.
/// </summary>
public sealed class SearchPageCollector(SiteModel model, SiteUrls urls, int pageCount, PageScanCache<(string Title, string Text)>? cache = null)
{
    private readonly SearchDocument?[] _documents = new SearchDocument?[pageCount];
    private readonly (string Url, string Title, string Text)?[] _translations = new (string, string, string)?[pageCount];

    /// <summary>Safe from many threads for distinct indexes.</summary>
    /// <param name="text">The page's HTML, asked for only when its search text is not known from the last build.</param>
    public void Accept(int index, RenderedPage page, Func<ReadOnlyMemory<char>> text)
    {
        if (SearchIndexEmitter.Describe(model, page, urls) is { } facts)
        {
            var (title, body) = Read(page, text);
            _documents[index] = facts with { Title = title, Text = body };
        }
        else if (SearchIndexEmitter.TranslationOf(model, page, urls) is { } url)
        {
            var (title, body) = Read(page, text);
            _translations[index] = (url, title, body);
        }
    }

    public IReadOnlyList<SearchDocument> Documents
    {
        get
        {
            var english = _translations.OfType<(string Url, string Title, string Text)>()
                .ToDictionary(t => t.Url, StringComparer.Ordinal);
            return [.. _documents.OfType<SearchDocument>()
                .Select(d => english.TryGetValue(d.Url, out var en) ? d with { TitleEn = en.Title, TextEn = en.Text } : d)];
        }
    }

    private (string Title, string Text) Read(RenderedPage page, Func<ReadOnlyMemory<char>> text) =>
        cache is not null && page.Utf8 is { } html
            ? cache.GetOrAdd(page.OutputPath, html, text, SearchTextExtractor.Extract)
            : SearchTextExtractor.Extract(text());
}
