// Usage: dotnet run --project bench/search/Indexer -- SITE_DIR [SYNONYMS_ROOT]
// Reads SITE_DIR/docs.json (url, type, district, topics per page), extracts each page's text as the build does and
// writes the index into SITE_DIR/search/, with the synonym groups of SYNONYMS_ROOT/synonyms.yml in its manifest when
// that is given, as the build writes them.
using System.Diagnostics;
using System.Text.Json;
using Civic.Site.Emit.Search;
using Civic.SearchBench;

var site = args.Length is 1 or 2 ? args[0] : throw new ArgumentException("usage: Indexer SITE_DIR [SYNONYMS_ROOT]");
var options = SearchIndexOptions.Default;
if (args.Length == 2)
{
    var ctx = Civic.Site.Load.LoadContext.Create(Path.GetFullPath(args[1]));
    var groups = Civic.Site.Load.SynonymLoader.Load(ctx, Civic.Site.Load.SiteConfigLoader.DefaultLanguages);
    if (ctx.Diagnostics.ErrorCount > 0) throw new InvalidOperationException("synonyms.yml has errors: run civic check");
    options = options with { Synonyms = [.. groups.Select(g => (IReadOnlyList<string>)g.Terms)] };
    Console.WriteLine($"synonyms: {groups.Length} groups");
}

var clock = Stopwatch.StartNew();
using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "docs.json")));
var documents = new List<SearchDocument>();
foreach (var entry in json.RootElement.EnumerateArray())
{
    var (title, text) = SearchTextExtractor.Extract(File.ReadAllText(Path.Combine(site, SiteDocs.Url(entry), "index.html")));
    documents.Add(SiteDocs.Document(entry, title, text));
}

var output = SearchIndexWriter.Write(documents, site, ["en/"], options);
Console.WriteLine($"indexed {documents.Count} pages into {output.Files.Count} files ({output.Shards.Count} shards) in {clock.ElapsedMilliseconds} ms");
