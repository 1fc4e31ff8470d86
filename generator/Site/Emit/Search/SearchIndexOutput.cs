namespace Civic.Site.Emit.Search;

/// <summary>The files of a built index, by path relative to the search folder (e.g. <c>t/0a1b2c3d4e.pack</c>).</summary>
public sealed class SearchIndexOutput
{
    internal SearchIndexOutput(SearchIndex index, SortedDictionary<string, byte[]> files, string docs, IReadOnlyList<string> shards)
    {
        Index = index;
        Files = files;
        Docs = docs;
        Shards = shards;
    }

    /// <summary>The doc table's file name.</summary>
    public string Docs { get; }

    public SearchIndex Index { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Shard file of each shard number, as the manifest lists them.</summary>
    public IReadOnlyList<string> Shards { get; }

    public string ShardFileOf(string term) => Shards[SearchShardHash.ShardOf(term, Shards.Count)];

    /// <summary>
    /// The manifest for the search page of another interface language, e.g. <c>en/</c>: written to
    /// <c>{output}/en/search/index.json</c>, it sends the browser to the one index under <c>{output}/search/</c>.
    /// </summary>
    public byte[] ManifestFor(string languageHome)
    {
        var depth = languageHome.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        var prefix = string.Concat(Enumerable.Repeat("../", depth + 1)) + "search/";
        return SearchIndexWriter.Manifest(Index.Options, Docs, Shards, prefix);
    }

    /// <summary>
    /// Writes the index under <c>{outputRoot}/search/</c> and, for each language home such as <c>en/</c>, a manifest
    /// under <c>{outputRoot}/en/search/</c> that points at it.
    /// </summary>
    public void WriteTo(string outputRoot, IEnumerable<string>? languageHomes = null) =>
        WriteTo((sitePath, bytes) => Save(Path.Combine(outputRoot, sitePath), bytes), languageHomes);

    /// <summary>The same files handed to <paramref name="write"/> by site path, e.g. <c>search/index.json</c>, <c>en/search/index.json</c>.</summary>
    public void WriteTo(Action<string, byte[]> write, IEnumerable<string>? languageHomes = null)
    {
        foreach (var (path, bytes) in Files)
        {
            write("search/" + path, bytes);
        }

        foreach (var home in languageHomes ?? [])
        {
            write(home + "search/" + SearchIndexWriter.ManifestName, ManifestFor(home));
        }
    }

    private static void Save(string path, byte[] bytes)
    {
        var full = path.Replace('/', Path.DirectorySeparatorChar);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }
}
