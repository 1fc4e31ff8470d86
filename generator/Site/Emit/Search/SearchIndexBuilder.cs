using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Civic.Site.Emit.Search;

/// <summary>Tokenizes documents into a <see cref="SearchIndex"/>. The order of the input does not matter.</summary>
public static class SearchIndexBuilder
{
    // Title and text never form a phrase across their boundary.
    private const int FieldGap = 1;

    /// <param name="cache">Terms of documents tokenized by an earlier build (serve), reused and updated; or null.</param>
    public static SearchIndex Build(IEnumerable<SearchDocument> documents, SearchIndexOptions? options = null, SearchTermsCache? cache = null)
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

        // Documents are tokenized in parallel, each into its own encoded postings; merging them in document order
        // keeps every term's postings sorted, so the result does not depend on the scheduling. One collector per
        // worker for the whole run (Parallel.For's thread-local state restarts every few hundred milliseconds, and a
        // new collector makes every word into a string again); the results refer to their collector until merged.
        var collected = new SearchDocumentTerms[docs.Count];
        var todo = new List<int>(cache is null ? docs.Count : 16);
        cache?.BeginBuild();
        for (var doc = 0; doc < docs.Count; doc++)
        {
            if (cache?.Get(docs[doc]) is { } known)
            {
                collected[doc] = known;
            }
            else
            {
                todo.Add(doc);
            }
        }

        var workers = Math.Clamp(todo.Count / 64, 1, Environment.ProcessorCount);
        var next = -1;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var collector = new SearchTermCollector();
            for (var i = Interlocked.Increment(ref next); i < todo.Count; i = Interlocked.Increment(ref next))
            {
                collected[todo[i]] = collector.Collect(docs[todo[i]], FieldGap);
            }
        });

        if (cache is not null)
        {
            foreach (var doc in todo)
            {
                cache.Set(docs[doc], collected[doc]);
            }

            cache.Retain(docs);
        }

        var lengths = new int[docs.Count];
        var titleEnds = new int[docs.Count];
        for (var doc = 0; doc < docs.Count; doc++)
        {
            lengths[doc] = collected[doc].Length;
            titleEnds[doc] = collected[doc].TitleEnd;
        }

        // Each collector numbers its terms by slot; a term is looked up by name once per collector, not per document.
        var bySlot = new Dictionary<SearchTermCollector, SearchTermPostings?[]>(ReferenceEqualityComparer.Instance);
        foreach (var document in collected)
        {
            if (!bySlot.ContainsKey(document.Collector))
            {
                bySlot[document.Collector] = new SearchTermPostings?[document.Collector.SlotCount];
            }
        }

        var cjk = new Dictionary<long, SearchTermPostings>();
        var words = new Dictionary<string, SearchTermPostings>(StringComparer.Ordinal);
        Parallel.Invoke(
            () => Merge(collected, bySlot, cjk, d => d.CjkSlots, d => d.CjkRanges, (c, slot) => c.CjkKeyOf(slot)),
            () => Merge(collected, bySlot, words, d => d.WordSlots, d => d.WordRanges, (c, slot) => c.WordOf(slot)!));

        var terms = new (string Term, SearchTermPostings Postings)[cjk.Count + words.Count];
        var t = 0;
        foreach (var (key, postings) in cjk)
        {
            terms[t++] = (SearchTermCollector.CjkTerm(key), postings);
        }

        foreach (var (word, postings) in words)
        {
            terms[t++] = (word, postings);
        }

        Array.Sort(terms, (a, b) => string.CompareOrdinal(a.Term, b.Term));
        var termList = new string[terms.Length];
        var encoded = new byte[terms.Length][];
        Parallel.For(0, terms.Length, i =>
        {
            termList[i] = terms[i].Term;
            encoded[i] = terms[i].Postings.Encode(SearchIndex.HasPositions(terms[i].Term));
        });

        return new SearchIndex(docs, lengths, titleEnds, termList, encoded, options);
    }

    /// <summary>The title, then the English translation's title as if on a line of its own.</summary>
    internal static string IndexedTitle(SearchDocument document) =>
        document.TitleEn is { } titleEn ? document.Title + "\n" + titleEn : document.Title;

    /// <summary>
    /// The text plus the district and topic names, so 武昌 finds pages filed under 武昌区, plus the English translation's
    /// text. The collector reads the parts one after another as if joined like this, without the copy.
    /// </summary>
    internal static string IndexedText(SearchDocument document)
    {
        if (document.District is null && document.Topics.Count == 0 && document.TextEn is null)
        {
            return document.Text;
        }

        var parts = new List<string>(document.Topics.Count + 2) { document.Text };
        if (document.District is { } district)
        {
            parts.Add(district.Name);
        }

        foreach (var topic in document.Topics)
        {
            parts.Add(topic.Name);
        }

        if (document.TextEn is { } textEn)
        {
            parts.Add(textEn);
        }

        return string.Join('\n', parts);
    }

    // The two calls (CJK terms, words) run at once: they fill distinct slots of the same arrays.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Merge<TKey>(
        SearchDocumentTerms[] collected,
        Dictionary<SearchTermCollector, SearchTermPostings?[]> bySlot,
        Dictionary<TKey, SearchTermPostings> terms,
        Func<SearchDocumentTerms, int[]> slotsOf,
        Func<SearchDocumentTerms, int[]> rangesOf,
        Func<SearchTermCollector, int, TKey> termOf)
        where TKey : notnull
    {
        // Documents come in runs from one collector: its slot table is looked up once a run.
        SearchTermCollector? collector = null;
        SearchTermPostings?[] table = [];
        SearchTermPostings?[] PostingsOf(SearchDocumentTerms document)
        {
            if (!ReferenceEquals(document.Collector, collector))
            {
                collector = document.Collector;
                table = bySlot[collector];
            }

            return table;
        }

        // First pass: find each slot's term and count its postings' bytes; second pass: write them.
        for (var doc = 0; doc < collected.Length; doc++)
        {
            var document = collected[doc];
            var postingsOf = PostingsOf(document);
            var slots = slotsOf(document);
            var ranges = rangesOf(document);
            for (var i = 0; i < slots.Length; i++)
            {
                ref var postings = ref postingsOf[slots[i]];
                if (postings is null)
                {
                    ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, termOf(document.Collector, slots[i]), out _);
                    postings = shared ??= new SearchTermPostings();
                }

                postings.Count(doc, ranges[(2 * i) + 1]);
            }
        }

        for (var doc = 0; doc < collected.Length; doc++)
        {
            var document = collected[doc];
            var postingsOf = PostingsOf(document);
            var slots = slotsOf(document);
            var ranges = rangesOf(document);
            var bytes = document.Postings;
            for (var i = 0; i < slots.Length; i++)
            {
                postingsOf[slots[i]]!.Add(doc, bytes.AsSpan(ranges[2 * i], ranges[(2 * i) + 1]));
            }
        }
    }
}
