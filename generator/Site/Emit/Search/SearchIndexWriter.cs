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
    public static SearchIndexOutput Build(IEnumerable<SearchDocument> documents, SearchIndexOptions? options = null)
    {
        var index = SearchIndexBuilder.Build(documents, options);
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var shards = WriteShards(index, files);
        var blocks = WriteBlocks(index, files);
        var docs = AddHashed(files, "docs.", ".pack", Gzip(DocTable(index, blocks)));
        files[ManifestName] = Manifest(index.Options, docs, shards, null);
        return new SearchIndexOutput(index, files, docs, shards);
    }

    private static List<string> WriteShards(SearchIndex index, SortedDictionary<string, byte[]> files)
    {
        var encoded = index.Terms.Keys
            .Order(StringComparer.Ordinal)
            .Select(term => (Term: term, Bytes: Encoding.UTF8.GetBytes(term), Postings: EncodePostings(term, index.PostingsOf(term))))
            .ToList();
        var total = encoded.Sum(e => (long)e.Bytes.Length + e.Postings.Length);
        var count = 1;
        while (count < 4096 && total / count > index.Options.TargetShardBytes)
        {
            count *= 2;
        }

        var groups = new List<(byte[] Bytes, byte[] Postings)>[count];
        for (var shard = 0; shard < count; shard++)
        {
            groups[shard] = [];
        }

        foreach (var (term, bytes, postings) in encoded)
        {
            groups[SearchShardHash.ShardOf(term, count)].Add((bytes, postings));
        }

        var names = new List<string>(count);
        for (var shard = 0; shard < count; shard++)
        {
            var buffer = new MemoryStream();
            WriteVarint(buffer, groups[shard].Count);
            var previous = Array.Empty<byte>();
            foreach (var (bytes, postings) in groups[shard])
            {
                // Front coding: the bytes shared with the previous term, then the rest.
                var shared = 0;
                while (shared < bytes.Length && shared < previous.Length && bytes[shared] == previous[shared])
                {
                    shared++;
                }

                WriteVarint(buffer, shared);
                WriteVarint(buffer, bytes.Length - shared);
                buffer.Write(bytes, shared, bytes.Length - shared);
                buffer.Write(postings);
                previous = bytes;
            }

            var name = AddHashed(files, "t/", ".pack", Gzip(buffer.ToArray()));
            names.Add(name["t/".Length..^".pack".Length]);
        }

        return names;
    }

    // flags (1 = positions), df, then per posting: doc delta and either positions (delta) or title/body counts.
    private static byte[] EncodePostings(string term, IReadOnlyList<SearchPosting> postings)
    {
        var buffer = new MemoryStream();
        var positional = SearchIndex.HasPositions(term);
        WriteVarint(buffer, positional ? 1 : 0);
        WriteVarint(buffer, postings.Count);
        var previous = 0;
        foreach (var posting in postings)
        {
            WriteVarint(buffer, posting.Doc - previous);
            previous = posting.Doc;
            if (positional)
            {
                var positions = posting.Positions!;
                WriteVarint(buffer, positions.Count);
                var last = 0;
                foreach (var position in positions)
                {
                    WriteVarint(buffer, position - last);
                    last = position;
                }
            }
            else
            {
                WriteVarint(buffer, posting.TitleCount);
                WriteVarint(buffer, posting.BodyCount);
            }
        }

        return buffer.ToArray();
    }

    private static List<(string File, int Start)> WriteBlocks(SearchIndex index, SortedDictionary<string, byte[]> files)
    {
        var blocks = new List<(string File, int Start)>();
        var start = 0;
        var texts = new List<string>();
        var size = 0;
        void Flush(int next)
        {
            if (texts.Count == 0)
            {
                return;
            }

            var json = Json(w =>
            {
                w.WriteStartArray();
                texts.ForEach(w.WriteStringValue);
                w.WriteEndArray();
            });
            blocks.Add((AddHashed(files, "x/", ".pack", Gzip(json)), start));
            texts.Clear();
            size = 0;
            start = next;
        }

        for (var doc = 0; doc < index.Documents.Count; doc++)
        {
            var text = index.Documents[doc].Text;
            if (text.Length > index.Options.MaxSnippetTextChars)
            {
                text = text[..index.Options.MaxSnippetTextChars];
                if (char.IsHighSurrogate(text[^1]))
                {
                    text = text[..^1];
                }
            }

            texts.Add(text);
            size += Encoding.UTF8.GetByteCount(text);
            if (size >= index.Options.TargetBlockBytes)
            {
                Flush(doc + 1);
            }
        }

        Flush(index.Documents.Count);
        return blocks;
    }

    private static string AddHashed(SortedDictionary<string, byte[]> files, string prefix, string suffix, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var name = prefix + hash + suffix;
        files[name] = bytes;
        return name;
    }

    private static byte[] Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    private static void WriteVarint(Stream stream, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
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
