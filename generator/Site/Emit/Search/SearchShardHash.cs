using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Which shard holds a term: FNV-1a over UTF-8 of its key, cheap and trivially the same in search.js (Math.imul), so no
/// term table is needed. A CJK term's key is its first character: a shard then holds whole families (驿, 驿站, 驿的 …),
/// which share their first bytes and compress well, and a query still needs one shard per query term at most.
/// </summary>
public static class SearchShardHash
{
    public static uint Fnv1a(string term) => Fnv1a(term.AsSpan());

    public static uint Fnv1a(ReadOnlySpan<char> term)
    {
        var hash = 0x811c9dc5u;
        Span<byte> small = stackalloc byte[256];
        var utf8 = Encoding.UTF8.GetMaxByteCount(term.Length) <= small.Length ? small : new byte[Encoding.UTF8.GetMaxByteCount(term.Length)];
        var length = Encoding.UTF8.GetBytes(term, utf8);
        foreach (var b in utf8[..length])
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

    public static int ShardOf(string term, int shardCount)
    {
        // KeyOf without a string: a CJK term's key is its first character.
        Rune.DecodeFromUtf16(term, out var first, out var consumed);
        var key = term.Length > 0 && SearchTokenizer.IsCjk(first.Value) ? term.AsSpan(0, consumed) : term.AsSpan();
        return (int)(Fnv1a(key) % (uint)shardCount);
    }
}
