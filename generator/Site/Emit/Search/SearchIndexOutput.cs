namespace Civic.Site.Emit.Search;

/// <summary>The files of a built index, by path relative to the search folder (e.g. <c>t/0a1b2c3d4e.pack</c>).</summary>
public sealed class SearchIndexOutput
{
    internal SearchIndexOutput(SearchIndex index, SortedDictionary<string, byte[]> files, IReadOnlyList<string> shards)
    {
        Index = index;
        Files = files;
        Shards = shards;
    }

    public SearchIndex Index { get; }

    public IReadOnlyDictionary<string, byte[]> Files { get; }

    /// <summary>Shard file of each shard number, as the manifest lists them.</summary>
    public IReadOnlyList<string> Shards { get; }

    public string ShardFileOf(string term) => Shards[SearchShardHash.ShardOf(term, Shards.Count)];

    /// <summary>Writes every file under <paramref name="directory"/> (normally <c>{output}/search</c>).</summary>
    public void WriteTo(string directory)
    {
        foreach (var (path, bytes) in Files)
        {
            var full = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }
}
