using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>FNV-1a over UTF-8: cheap, and trivially the same in search.js (Math.imul), so no term table is needed.</summary>
public static class SearchShardHash
{
    public static uint Fnv1a(string term)
    {
        var hash = 0x811c9dc5u;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash ^= b;
            hash *= 0x01000193u;
        }

        return hash;
    }

    public static int ShardOf(string term, int shardCount) => (int)(Fnv1a(term) % (uint)shardCount);
}
