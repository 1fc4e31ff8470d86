using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Which shard holds a term: FNV-1a over UTF-8 of its key, cheap and trivially the same in search.js (Math.imul), so no
/// term table is needed. A CJK term's key is its first character: a shard then holds whole families (驿, 驿站, 驿的 …),
/// which share their first bytes and compress well, and a query still needs one shard per query term at most.
/// </summary>
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

    public static string KeyOf(string term)
    {
        var first = term.EnumerateRunes().FirstOrDefault();
        return SearchTokenizer.IsCjk(first.Value) ? first.ToString() : term;
    }

    public static int ShardOf(string term, int shardCount) => (int)(Fnv1a(KeyOf(term)) % (uint)shardCount);
}
