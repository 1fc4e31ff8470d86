using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Writes the search index: a tiny manifest (<c>index.json</c>, the only file with a fixed name), a doc table with
/// facet columns, postings sharded by term hash and snippet texts in blocks. All but the manifest are gzip'd and named by
/// their content hash, so they can be cached forever. Two runs over the same documents give the same bytes.
/// </summary>
public static partial class SearchIndexWriter
{
    public const string ManifestName = "index.json";

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Builds the index of <paramref name="documents"/> (the pages of the default language) and writes it into
    /// <c>{outputRoot}/search/</c>, plus a manifest for each other interface language's search page, e.g.
    /// <paramref name="languageHomes"/> = <c>["en/"]</c> writes <c>{outputRoot}/en/search/index.json</c>.
    /// </summary>
    public static SearchIndexOutput Write(
        IEnumerable<SearchDocument> documents, string outputRoot, IEnumerable<string> languageHomes, SearchIndexOptions? options = null)
    {
        var output = Build(documents, options);
        output.WriteTo(outputRoot, languageHomes);
        return output;
    }

    /// <summary>Builds the index files in memory.</summary>
    public static SearchIndexOutput Build(IEnumerable<SearchDocument> documents, SearchIndexOptions? options = null, SearchTermsCache? cache = null)
    {
        var index = SearchIndexBuilder.Build(documents, options, cache);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var shards = WriteShards(index, files);
        var blocks = WriteBlocks(index, files);
        var docs = AddHashed(files, "docs.", ".pack", Gzip(DocTable(index, blocks), index.Options.Compression));
        files[ManifestName] = Manifest(index.Options, docs, shards, null);
        return new SearchIndexOutput(index, files, docs, shards);
    }

    private static List<string> WriteShards(SearchIndex index, SortedDictionary<string, byte[]> files)
    {
        var terms = index.TermList;
        var postings = index.EncodedPostings;
        var bytes = new byte[terms.Length][];
        long total = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            bytes[i] = Encoding.UTF8.GetBytes(terms[i]);
            total += bytes[i].Length + postings[i].Length;
        }

        var count = 1;
        while (count < 4096 && total / count > index.Options.TargetShardBytes)
        {
            count *= 2;
        }

        // Terms are in ordinal order, so each shard's list is too.
        var groups = new List<int>[count];
        for (var shard = 0; shard < count; shard++)
        {
            groups[shard] = [];
        }

        for (var i = 0; i < terms.Length; i++)
        {
            groups[SearchShardHash.ShardOf(terms[i], count)].Add(i);
        }

        var packed = new byte[count][];
        Parallel.For(
            0,
            count,
            () => new SearchByteBuffer(),
            (shard, _, buffer) =>
            {
                buffer.Clear();
                buffer.WriteVarint(groups[shard].Count);
                var previous = Array.Empty<byte>();
                foreach (var i in groups[shard])
                {
                    // Front coding: the bytes shared with the previous term, then the rest.
                    var term = bytes[i];
                    var shared = term.AsSpan().CommonPrefixLength(previous);
                    buffer.WriteVarint(shared);
                    buffer.WriteVarint(term.Length - shared);
                    buffer.Write(term.AsSpan(shared));
                    buffer.Write(postings[i]);
                    previous = term;
                }

                packed[shard] = Gzip(buffer.WrittenSpan, index.Options.Compression);
                return buffer;
            },
            _ => { });

        var names = new List<string>(count);
        foreach (var shard in packed)
        {
            var name = AddHashed(files, "t/", ".pack", shard);
            names.Add(name["t/".Length..^".pack".Length]);
        }

        return names;
    }

    private static List<(string File, int Start)> WriteBlocks(SearchIndex index, SortedDictionary<string, byte[]> files)
    {
        // A block ends once it holds about TargetBlockBytes of text.
        var starts = new List<int>();
        var size = -1;
        for (var doc = 0; doc < index.Documents.Count; doc++)
        {
            if (size < 0)
            {
                starts.Add(doc);
                size = 0;
            }

            size += Encoding.UTF8.GetByteCount(SnippetText(index, doc));
            if (size >= index.Options.TargetBlockBytes)
            {
                size = -1;
            }
        }

        var packed = new byte[starts.Count][];
        Parallel.For(
            0,
            starts.Count,
            () => new SearchByteBuffer(),
            (block, _, buffer) =>
            {
                var end = block + 1 < starts.Count ? starts[block + 1] : index.Documents.Count;
                buffer.Clear();
                if (SearchJsonText.TryWriteArray(end - starts[block], i => SnippetText(index, starts[block] + i), buffer))
                {
                    packed[block] = Gzip(buffer.WrittenSpan, index.Options.Compression);
                    return buffer;
                }

                packed[block] = Gzip(Json(w =>
                {
                    w.WriteStartArray();
                    for (var doc = starts[block]; doc < end; doc++)
                    {
                        w.WriteStringValue(SnippetText(index, doc));
                    }

                    w.WriteEndArray();
                }), index.Options.Compression);
                return buffer;
            },
            _ => { });

        return starts.Select((start, block) => (AddHashed(files, "x/", ".pack", packed[block]), start)).ToList();
    }

    /// <summary>Between a page's Chinese and English snippet text, so search.js knows exactly where each starts.</summary>
    public const char PartSeparator = '\u001E';

    // The English text follows the Chinese, each cut on its own, so a match in either gets its snippet.
    private static string SnippetText(SearchIndex index, int doc)
    {
        var document = index.Documents[doc];
        var text = Cut(document.Text, index.Options.MaxSnippetTextChars);
        return document.TextEn is { } en ? text + PartSeparator + Cut(en, index.Options.MaxSnippetTextChars) : text;
    }

    private static string Cut(string text, int max)
    {
        if (text.Length > max)
        {
            text = text[..max];
            if (char.IsHighSurrogate(text[^1]))
            {
                text = text[..^1];
            }
        }

        return text;
    }

    private static string AddHashed(SortedDictionary<string, byte[]> files, string prefix, string suffix, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var name = prefix + hash + suffix;
        files[name] = bytes;
        return name;
    }

    private static byte[] Gzip(ReadOnlySpan<byte> bytes, CompressionLevel level)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
