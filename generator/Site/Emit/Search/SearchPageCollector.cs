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
    public void Accept(int index, RenderedPage page)
    {
        if (SearchIndexEmitter.Describe(model, page, urls) is not { } facts)
        {
            return;
        }

        var (title, text) = cache is null
            ? SearchTextExtractor.Extract(page.Text)
            : cache.GetOrAdd(page.OutputPath, page.Html, SearchTextExtractor.Extract);
        _documents[index] = facts with { Title = title, Text = text };
    }

    public IReadOnlyList<SearchDocument> Documents => [.. _documents.OfType<SearchDocument>()];
}
