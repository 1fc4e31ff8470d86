using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// The index in memory: documents in URL order (their position is their id), and each term's postings in doc order.
/// Title positions run from 0 to <c>TitleEnds[doc] - 1</c>; the text follows after a gap. The postings are held
/// encoded as the shards store them; <see cref="Terms"/> decodes them on first use (the reference scorer, tests).
/// </summary>
public sealed class SearchIndex
{
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<SearchPosting>>> _terms;

    internal SearchIndex(
        IReadOnlyList<SearchDocument> documents,
        IReadOnlyList<int> lengths,
        IReadOnlyList<int> titleEnds,
        string[] termList,
        byte[][] encodedPostings,
        SearchIndexOptions options)
    {
        Documents = documents;
        Lengths = lengths;
        TitleEnds = titleEnds;
        TermList = termList;
        EncodedPostings = encodedPostings;
        Options = options;
        _terms = new(Decode);
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    /// <summary>Title and text length in positions, the BM25 document length.</summary>
    public IReadOnlyList<int> Lengths { get; }

    public IReadOnlyList<int> TitleEnds { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<SearchPosting>> Terms => _terms.Value;

    public SearchIndexOptions Options { get; }

    /// <summary>Every term in ordinal order.</summary>
    internal string[] TermList { get; }

    /// <summary>Each term's postings as a shard stores them: flags, document count, then per document its posting.</summary>
    internal byte[][] EncodedPostings { get; }

    public IReadOnlyList<SearchPosting> PostingsOf(string term) =>
        Terms.TryGetValue(term, out var postings) ? postings : [];

    /// <summary>Whether the index stores positions for a term: all but single CJK characters.</summary>
    public static bool HasPositions(string term)
    {
        if (term.Length == 0 || term.Length > 2)
        {
            return true;
        }

        var status = Rune.DecodeFromUtf16(term, out var rune, out var consumed);
        return status != System.Buffers.OperationStatus.Done || consumed != term.Length || !SearchTokenizer.IsCjk(rune.Value);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<SearchPosting>> Decode()
    {
        var terms = new Dictionary<string, IReadOnlyList<SearchPosting>>(TermList.Length, StringComparer.Ordinal);
        for (var t = 0; t < TermList.Length; t++)
        {
            var bytes = EncodedPostings[t];
            var at = 0;
            var positional = Varint(bytes, ref at) == 1;
            var count = Varint(bytes, ref at);
            var postings = new SearchPosting[count];
            var doc = 0;
            for (var i = 0; i < count; i++)
            {
                doc += Varint(bytes, ref at);
                if (positional)
                {
                    var positions = new int[Varint(bytes, ref at)];
                    var inTitle = 0;
                    for (var p = 0; p < positions.Length; p++)
                    {
                        positions[p] = (p == 0 ? 0 : positions[p - 1]) + Varint(bytes, ref at);
                        inTitle += positions[p] < TitleEnds[doc] ? 1 : 0;
                    }

                    postings[i] = new SearchPosting(doc, inTitle, positions.Length - inTitle, positions);
                }
                else
                {
                    var title = Varint(bytes, ref at);
                    postings[i] = new SearchPosting(doc, title, Varint(bytes, ref at), null);
                }
            }

            terms[TermList[t]] = postings;
        }

        return terms;
    }

    private static int Varint(byte[] bytes, ref int at)
    {
        var value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[at++];
            value |= (b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
