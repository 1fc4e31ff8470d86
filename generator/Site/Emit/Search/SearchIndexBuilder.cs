namespace Civic.Site.Emit.Search;

/// <summary>Tokenizes documents into a <see cref="SearchIndex"/>. The order of the input does not matter.</summary>
public static class SearchIndexBuilder
{
    // Title and text never form a phrase across their boundary.
    private const int FieldGap = 1;

    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SearchIndexOptions? options = null)
    {
        options ??= SearchIndexOptions.Default;
        var docs = documents.OrderBy(d => d.Url, StringComparer.Ordinal).ToList();
        for (var i = 1; i < docs.Count; i++)
        {
            if (docs[i].Url == docs[i - 1].Url)
            {
                throw new ArgumentException($"Two search documents share the URL '{docs[i].Url}'.", nameof(documents));
            }
        }

        var lengths = new int[docs.Count];
        var titleEnds = new int[docs.Count];
        var terms = new Dictionary<string, List<SearchPosting>>(StringComparer.Ordinal);
        for (var doc = 0; doc < docs.Count; doc++)
        {
            var title = SearchTokenizer.Tokenize(docs[doc].Title);
            var titleEnd = title.Count == 0 ? 0 : title[^1].Position + 1;
            var body = SearchTokenizer.Tokenize(IndexedText(docs[doc]));
            var bodyStart = titleEnd + FieldGap;
            var bodyUnits = body.Count == 0 ? 0 : body[^1].Position + 1;
            titleEnds[doc] = titleEnd;
            lengths[doc] = titleEnd + bodyUnits;

            var perTerm = new SortedDictionary<string, (int Title, int Body, List<int> Positions)>(StringComparer.Ordinal);
            void Add(SearchToken token, int offset, bool inTitle)
            {
                if (!perTerm.TryGetValue(token.Term, out var entry))
                {
                    entry = (0, 0, new List<int>());
                }

                entry = inTitle ? (entry.Title + 1, entry.Body, entry.Positions) : (entry.Title, entry.Body + 1, entry.Positions);
                entry.Positions.Add(token.Position + offset);
                perTerm[token.Term] = entry;
            }

            foreach (var token in title)
            {
                Add(token, 0, true);
            }

            foreach (var token in body)
            {
                Add(token, bodyStart, false);
            }

            foreach (var (term, entry) in perTerm)
            {
                if (!terms.TryGetValue(term, out var list))
                {
                    terms[term] = list = [];
                }

                list.Add(new SearchPosting(doc, entry.Title, entry.Body, SearchIndex.HasPositions(term) ? entry.Positions : null));
            }
        }

        var frozen = terms.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<SearchPosting>)kv.Value, StringComparer.Ordinal);
        return new SearchIndex(docs, lengths, titleEnds, frozen, options);
    }

    /// <summary>The text plus the district and topic names, so 武昌 finds pages filed under 武昌区.</summary>
    internal static string IndexedText(SearchDocument document)
    {
        var parts = new List<string> { document.Text };
        if (document.District is { } district)
        {
            parts.Add(district.Name);
        }

        parts.AddRange(document.Topics.Select(t => t.Name));
        return string.Join('\n', parts);
    }
}
