// Usage: dotnet run --project bench/search/Indexer -- SITE_DIR
// Reads SITE_DIR/docs.json (url, type, district, topics per page), extracts each page's text as the build does and
// writes the index into SITE_DIR/search/.
using System.Diagnostics;
using System.Text.Json;
using Civic.Site.Emit.Search;

var site = args.Length == 1 ? args[0] : throw new ArgumentException("usage: Indexer SITE_DIR");
var clock = Stopwatch.StartNew();
using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "docs.json")));
var documents = new List<SearchDocument>();
foreach (var entry in json.RootElement.EnumerateArray())
{
    var url = entry.GetProperty("url").GetString()!;
    var (title, text) = SearchTextExtractor.Extract(File.ReadAllText(Path.Combine(site, url, "index.html")));
    var district = entry.GetProperty("district");
    documents.Add(new SearchDocument(
        url,
        "zh-Hans",
        Enum.Parse<SearchDocumentType>(entry.GetProperty("type").GetString()!, ignoreCase: true),
        title,
        text,
        district.ValueKind == JsonValueKind.Null
            ? null
            : new SearchFacetValue(district.GetProperty("id").GetString()!, district.GetProperty("name").GetString()!),
        entry.GetProperty("topics").EnumerateArray()
            .Select(t => new SearchFacetValue(t.GetProperty("id").GetString()!, t.GetProperty("name").GetString()!))
            .ToList(),
        entry.TryGetProperty("date", out var date) ? date.GetString() : null));
}

var output = SearchIndexWriter.Write(documents, site, ["en/"]);
Console.WriteLine($"indexed {documents.Count} pages into {output.Files.Count} files ({output.Shards.Count} shards) in {clock.ElapsedMilliseconds} ms");
