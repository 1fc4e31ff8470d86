namespace Civic.Site.Emit.Search;

/// <summary>
/// The reference ranking, step for step what search.js computes in the browser (same order of floating-point
/// operations), so tests can hold the client to it. BM25 over the query's terms with a title weight; every term is
/// required, and only when no document has them all, documents with at least half of them count, scaled by coverage.
/// A document with the terms in the query's order (an exact phrase) gets a bonus.
/// </summary>
public static class SearchScorer
{
    public static SearchResult Search(SearchIndex index, string query)
    {
        var tokens = SearchTokenizer.TokenizeQuery(query);
        if (tokens.Count == 0)
        {
            return new SearchResult(SearchMatchMode.None, []);
        }

        var options = index.Options;
        var n = index.Documents.Count;
        double total = 0;
        foreach (var length in index.Lengths)
        {
            total += length;
        }

        var average = n == 0 ? 1 : total / n;
        var lists = tokens.Select(t => index.PostingsOf(t.Term).ToDictionary(p => p.Doc)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (seen.Add(tokens[i].Term))
            {
                unique.Add(i);
            }
        }

        var scores = new Dictionary<int, (double Score, int Hits)>();
        var order = new List<int>();
        foreach (var qi in unique)
        {
            var list = index.PostingsOf(tokens[qi].Term);
            var df = list.Count;
            if (df == 0)
            {
                continue;
            }

            var idf = Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
            foreach (var posting in list)
            {
                var w = posting.BodyCount + (options.TitleBoost * posting.TitleCount);
                var norm = options.K1 * (1 - options.B + (options.B * index.Lengths[posting.Doc] / average));
                var s = idf * w * (options.K1 + 1) / (w + norm);
                if (scores.TryGetValue(posting.Doc, out var entry))
                {
                    scores[posting.Doc] = (entry.Score + s, entry.Hits + 1);
                }
                else
                {
                    scores[posting.Doc] = (s, 1);
                    order.Add(posting.Doc);
                }
            }
        }

        var need = unique.Count;
        var mode = SearchMatchMode.All;
        var hits = new List<(int Doc, double Score)>();
        foreach (var doc in order)
        {
            if (scores[doc].Hits == need)
            {
                hits.Add((doc, scores[doc].Score));
            }
        }

        if (hits.Count == 0 && need > 1)
        {
            mode = SearchMatchMode.Most;
            var min = (int)Math.Ceiling(need / 2.0);
            foreach (var doc in order)
            {
                var (score, count) = scores[doc];
                if (count >= min)
                {
                    var coverage = (double)count / need * ((double)count / need);
                    hits.Add((doc, score * coverage));
                }
            }
        }

        var phraseTerms = tokens.Count(t => SearchIndex.HasPositions(t.Term));
        if (phraseTerms > 1 && phraseTerms == tokens.Count)
        {
            for (var i = 0; i < hits.Count; i++)
            {
                if (HasPhrase(tokens, lists, hits[i].Doc))
                {
                    hits[i] = (hits[i].Doc, hits[i].Score * (1 + options.PhraseBonus));
                }
            }
        }

        var ranked = hits
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Doc)
            .Select(h => new SearchHit(h.Doc, h.Score))
            .ToList();
        return new SearchResult(ranked.Count == 0 ? SearchMatchMode.None : mode, ranked);
    }

    private static bool HasPhrase(List<SearchToken> query, List<Dictionary<int, SearchPosting>> lists, int doc)
    {
        if (!lists[0].TryGetValue(doc, out var first) || first.Positions is null)
        {
            return false;
        }

        foreach (var position in first.Positions)
        {
            var start = position - query[0].Position;
            var all = true;
            for (var j = 1; j < query.Count && all; j++)
            {
                all = lists[j].TryGetValue(doc, out var p) && p.Positions is not null && p.Positions.Contains(start + query[j].Position);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }
}
