// Usage: dotnet run -c Release --project bench/search/Stage -- SITE_DIR [--dom] [--runs N] [--out DIR]
// SITE_DIR is a site built by `civic build` with a docs.json from ../site-docs.mjs. Prints CPU time and allocations of
// text extraction (sequential and on all cores), the index build and the index files, and a hash of the files so two
// runs can be compared byte for byte.
using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Civic.Site.Emit.Search;
using Civic.SearchBench;
using Civic.Site.Tests.Emit.Search;

var site = args.Length > 0 ? args[0] : throw new ArgumentException("usage: SITE_DIR [--dom] [--runs N] [--out DIR]");
var dom = args.Contains("--dom");
var runs = Option("--runs") is { } r ? int.Parse(r) : 3;
var outDir = Option("--out");

using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "docs.json")));
var entries = json.RootElement.EnumerateArray().ToList();
var htmls = entries.Select(e => File.ReadAllText(Path.Combine(site, SiteDocs.Url(e), "index.html"))).ToArray();
Console.WriteLine($"{htmls.Length} pages, {htmls.Sum(h => (long)h.Length) / 1_000_000} M chars of HTML");

var extracted = new (string Title, string Text)[htmls.Length];
if (args.Contains("--index-only"))
{
    Parallel.For(0, htmls.Length, i => extracted[i] = SearchTextExtractor.Extract(htmls[i]));
}

for (var run = 0; run < (args.Contains("--index-only") ? 0 : runs); run++)
{
    Measure("extract, one thread", () =>
    {
        for (var i = 0; i < htmls.Length; i++)
        {
            extracted[i] = SearchTextExtractor.Extract(htmls[i]);
        }
    });
    Measure("extract, parallel", () => Parallel.For(0, htmls.Length, i => extracted[i] = SearchTextExtractor.Extract(htmls[i])));
    if (dom)
    {
        Measure("extract with the DOM, one thread", () =>
        {
            for (var i = 0; i < htmls.Length; i++)
            {
                DomSearchTextExtractor.Extract(htmls[i]);
            }
        });
    }
}

var documents = entries.Select((entry, i) => SiteDocs.Document(entry, extracted[i].Title, extracted[i].Text)).ToList();

SearchIndexOutput? output = null;
for (var run = 0; run < runs; run++)
{
    Measure("index build (SearchIndexBuilder)", () => SearchIndexBuilder.Build(documents));
    Measure("index build + files (SearchIndexWriter.Build)", () => output = SearchIndexWriter.Build(documents));
}

var files = output!.Files;
using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
foreach (var (name, bytes) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
{
    sha.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
    sha.AppendData(bytes);
}

Console.WriteLine(
    $"{files.Count} files ({output.Shards.Count} shards), {files.Values.Sum(b => (long)b.Length)} bytes, " +
    $"{files.Where(f => f.Key.StartsWith("t/")).Sum(f => (long)f.Value.Length)} in shards, " +
    $"{files.Where(f => f.Key.StartsWith("x/")).Sum(f => (long)f.Value.Length)} in text blocks, " +
    $"{files[output.Docs].Length} in the doc table; sha256 {Convert.ToHexStringLower(sha.GetHashAndReset())[..16]}");
Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
if (args.Contains("--levels"))
{
    // The same payloads at each gzip level: bytes on disk against compression time.
    var payloads = files.Where(f => f.Key.EndsWith(".pack", StringComparison.Ordinal)).Select(f => Gunzip(f.Value)).ToList();
    Console.WriteLine($"{payloads.Count} payloads, {payloads.Sum(p => (long)p.Length)} bytes before compression");
    foreach (var level in new[] { CompressionLevel.Fastest, CompressionLevel.Optimal, CompressionLevel.SmallestSize })
    {
        long total = 0;
        Measure($"gzip {level}, one thread", () => total = payloads.Sum(p => (long)Gzip(p, level).Length));
        Console.WriteLine($"gzip {level}: {total} bytes");
    }
}

if (outDir is not null)
{
    output.WriteTo(outDir);
}

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static byte[] Gunzip(byte[] bytes)
{
    using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
    var output = new MemoryStream();
    input.CopyTo(output);
    return output.ToArray();
}

static byte[] Gzip(byte[] bytes, CompressionLevel level)
{
    var output = new MemoryStream();
    using (var gzip = new GZipStream(output, level, leaveOpen: true))
    {
        gzip.Write(bytes);
    }

    return output.ToArray();
}

static void Measure(string label, Action action)
{
    GC.Collect();
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    action();
    clock.Stop();
    process.Refresh();
    Console.WriteLine(
        $"{label,-48} wall {clock.ElapsedMilliseconds,6} ms  cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds,6:F0} ms  " +
        $"alloc {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1_000_000,6} MB");
}
