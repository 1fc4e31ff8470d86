using System.Text.Json;

namespace Civic.Site.Emit.Search;

public static partial class SearchIndexWriter
{
    // `files`, when set, is where the index files are relative to this manifest (another language's search page).
    internal static byte[] Manifest(SearchIndexOptions options, string docs, IReadOnlyList<string> shards, string? files) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("v", 1);
        if (files is not null)
        {
            w.WriteString("files", files);
        }

        w.WriteNumber("k1", options.K1);
        w.WriteNumber("b", options.B);
        w.WriteNumber("title", options.TitleBoost);
        w.WriteNumber("phrase", options.PhraseBonus);
        // Only a site with synonyms gets the keys, so a site without them writes the manifest it always did.
        if (options.Synonyms.Count > 0)
        {
            w.WriteNumber("synonym", options.SynonymWeight);
            w.WriteStartArray("synonyms");
            foreach (var group in options.Synonyms)
            {
                w.WriteStartArray();
                foreach (var term in group) w.WriteStringValue(term);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }

        w.WriteString("docs", docs);
        w.WriteStartArray("shards");
        foreach (var shard in shards)
        {
            w.WriteStringValue(shard);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    // Columns rather than objects: smaller after gzip, and facet counts are a loop over small ints in the browser.
    private static byte[] DocTable(SearchIndex index, List<(string File, int Start)> blocks)
    {
        var docs = index.Documents;
        var districts = Distinct(docs.Where(d => d.District is not null).Select(d => d.District!));
        var topics = Distinct(docs.SelectMany(d => d.Topics));
        var districtIndex = districts.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var topicIndex = topics.Select((t, i) => (t.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var scratch = new SearchByteBuffer();
        return Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("types");
            foreach (var type in Enum.GetValues<SearchDocumentType>())
            {
                w.WriteStringValue(type.ToString().ToLowerInvariant());
            }

            w.WriteEndArray();
            WriteFacetList(w, "districts", districts);
            WriteFacetList(w, "topicList", topics);
            WriteColumn(w, "url", docs, (d, _) => SearchJsonText.WriteString(w, d.Url.TrimStart('/'), scratch));
            WriteColumn(w, "title", docs, (d, _) => SearchJsonText.WriteString(w, d.Title, scratch));
            // Only a site with translations has the column; "" where a page has none.
            if (docs.Any(d => d.TitleEn is not null))
            {
                WriteColumn(w, "titleEn", docs, (d, _) => SearchJsonText.WriteString(w, d.TitleEn ?? string.Empty, scratch));
            }

            WriteColumn(w, "type", docs, (d, _) => w.WriteNumberValue((int)d.Type));
            WriteColumn(w, "district", docs, (d, _) => w.WriteNumberValue(d.District is null ? -1 : districtIndex[d.District.Id]));
            WriteColumn(w, "topics", docs, (d, _) =>
            {
                w.WriteStartArray();
                foreach (var t in d.Topics.Select(t => topicIndex[t.Id]).Distinct().Order())
                {
                    w.WriteNumberValue(t);
                }

                w.WriteEndArray();
            });
            WriteColumn(w, "date", docs, (d, _) => SearchJsonText.WriteString(w, d.Date ?? string.Empty, scratch));
            WriteColumn(w, "len", docs, (_, i) => w.WriteNumberValue(index.Lengths[i]));
            WriteColumn(w, "tlen", docs, (_, i) => w.WriteNumberValue(index.TitleEnds[i]));
            w.WriteStartArray("blocks");
            foreach (var (file, start) in blocks)
            {
                w.WriteStartObject();
                w.WriteString("file", file);
                w.WriteNumber("start", start);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static List<SearchFacetValue> Distinct(IEnumerable<SearchFacetValue> values) =>
        values.GroupBy(v => v.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(v => v.Id, StringComparer.Ordinal).ToList();

    private static void WriteFacetList(Utf8JsonWriter w, string name, List<SearchFacetValue> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStartObject();
            w.WriteString("id", value.Id);
            w.WriteString("name", value.Name);
            if (value.NameEn is not null)
            {
                w.WriteString("en", value.NameEn);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteColumn(Utf8JsonWriter w, string name, IReadOnlyList<SearchDocument> docs, Action<SearchDocument, int> write)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < docs.Count; i++)
        {
            write(docs[i], i);
        }

        w.WriteEndArray();
    }
}
