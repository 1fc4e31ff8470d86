using Civic.Site.Emit;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Reads the search text of each page while the pages render (the HTML is dropped once written), keeping the
/// documents in plan order so the index is the same whatever order the threads finish in.
/// </summary>
public sealed class SearchPageCollector(SiteModel model, SiteUrls urls, int pageCount, PageScanCache<(string Title, string Text)>? cache = null)
{
    private readonly SearchDocument?[] _documents = new SearchDocument?[pageCount];

    /// <summary>Safe from many threads for distinct indexes.</summary>
    /// <param name="text">The page's HTML, asked for only when its search text is not known from the last build.</param>
    public void Accept(int index, RenderedPage page, Func<ReadOnlyMemory<char>> text)
    {
        if (SearchIndexEmitter.Describe(model, page, urls) is not { } facts)
        {
            return;
        }

        var (title, body) = cache is not null && page.Utf8 is { } html
            ? cache.GetOrAdd(page.OutputPath, html, text, SearchTextExtractor.Extract)
            : SearchTextExtractor.Extract(text());
        _documents[index] = facts with { Title = title, Text = body };
    }

    public IReadOnlyList<SearchDocument> Documents => [.. _documents.OfType<SearchDocument>()];
}
