namespace Civic.Site.Emit.Search;

/// <summary>
/// The index in memory: documents in URL order (their position is their id), and each term's postings in doc order.
/// Title positions run from 0 to <c>TitleEnds[doc] - 1</c>; the text follows after a gap.
/// </summary>
public sealed class SearchIndex
{
    internal SearchIndex(
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyList<int> lengths,
        IReadOnlyList<int> titleEnds,
        IReadOnlyDictionary<string, IReadOnlyList<SearchPosting>> terms,
        SearchIndexOptions options)
    {
        Documents = documents;
        Lengths = lengths;
        TitleEnds = titleEnds;
        Terms = terms;
        Options = options;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Title and text length in positions, the BM25 document length.</summary>
    public IReadOnlyList<int> Lengths { get; }

    public IReadOnlyList<int> TitleEnds { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<SearchPosting>> Terms { get; }

    public SearchIndexOptions Options { get; }

    public IReadOnlyList<SearchPosting> PostingsOf(string term) =>
        Terms.TryGetValue(term, out var postings) ? postings : [];

    /// <summary>Whether the index stores positions for a term: all but single CJK characters.</summary>
    public static bool HasPositions(string term)
    {
        var runes = term.EnumerateRunes().ToList();
        return !(runes.Count == 1 && SearchTokenizer.IsCjk(runes[0].Value));
    }
}
