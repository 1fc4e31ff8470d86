using System.Collections.Concurrent;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Each document's terms as an earlier index build of a <c>serve</c> session tokenized them, by URL: a document whose
/// title, text, district and topics did not change is not tokenized again. The terms refer to the collector that
/// made them, which stays alive with them; the index made from them is the same, byte for byte.
/// </summary>
public sealed class SearchTermsCache
{
    private readonly ConcurrentDictionary<string, (SearchDocument Document, SearchDocumentTerms Terms)> _entries = new(StringComparer.Ordinal);

    private int _reused;

    /// <summary>Documents whose terms the last index build took from here.</summary>
    public int Reused => _reused;

    internal void BeginBuild() => _reused = 0;

    internal SearchDocumentTerms? Get(SearchDocument document)
    {
        if (!_entries.TryGetValue(document.Url, out var entry) || !SameTerms(entry.Document, document))
        {
            return null;
        }

        _reused++;
        return entry.Terms;
    }

    internal void Set(SearchDocument document, SearchDocumentTerms terms) => _entries[document.Url] = (document, terms);

    /// <summary>Forgets the documents of pages that are gone, so a long session does not keep them.</summary>
    internal void Retain(IReadOnlyList<SearchDocument> documents)
    {
        if (_entries.Count <= documents.Count)
        {
            return;
        }

        var urls = documents.Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
        foreach (var url in _entries.Keys.Where(u => !urls.Contains(u)))
        {
            _entries.TryRemove(url, out _);
        }
    }

    // What the collector reads: the titles, then the text with the district's and topics' names and the English text.
    private static bool SameTerms(SearchDocument a, SearchDocument b) =>
        a.Title == b.Title
        && a.TitleEn == b.TitleEn
        && a.Text == b.Text
        && a.TextEn == b.TextEn
        && a.District?.Name == b.District?.Name
        && a.Topics.Select(t => t.Name).SequenceEqual(b.Topics.Select(t => t.Name), StringComparer.Ordinal);
}
