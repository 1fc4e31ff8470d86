// Usage: dotnet run --project bench/search/Indexer -- SITE_DIR
// Reads SITE_DIR/docs.json (url, type, district, topics per page), extracts each page's text as the build does and
// writes the index into SITE_DIR/search/.
using System.Diagnostics;
using System.Text.Json;
using Civic.Site.Emit.Search;
using Civic.SearchBench;

var site = args.Length == 1 ? args[0] : throw new ArgumentException("usage: Indexer SITE_DIR");
var clock = Stopwatch.StartNew();
using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "docs.json")));
var documents = new List<SearchDocument>();
foreach (var entry in json.RootElement.EnumerateArray())
{
    var (title, text) = SearchTextExtractor.Extract(File.ReadAllText(Path.Combine(site, SiteDocs.Url(entry), "index.html")));
    documents.Add(SiteDocs.Document(entry, title, text));
}

var output = SearchIndexWriter.Write(documents, site, ["en/"]);
Console.WriteLine($"indexed {documents.Count} pages into {output.Files.Count} files ({output.Shards.Count} shards) in {clock.ElapsedMilliseconds} ms");
