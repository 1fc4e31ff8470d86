using System.Runtime.CompilerServices;

namespace Civic.Site.Emit.Search;

/// <summary>
/// A term's postings while the index is built, encoded as the shards store them: flags and document count, then per
/// document its delta and posting. The merge goes over the documents twice: <see cref="Count"/> sizes the array
/// exactly, <see cref="Add"/> fills it, so it is never grown nor copied into the index.
/// </summary>
internal sealed class SearchTermPostings
{
    private byte[] _bytes = [];
    private int _size;
    private int _countedDoc;
    private int _lastDoc;
    private int _length;

    public int DocumentCount { get; private set; }

    /// <summary>First pass: a document's posting of <paramref name="length"/> bytes; documents come in increasing order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Count(int doc, int length)
    {
        _size += VarintLength((uint)(doc - _countedDoc)) + length;
        _countedDoc = doc;
        DocumentCount++;
    }

    /// <summary>Second pass: the same postings, in the same order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int doc, ReadOnlySpan<byte> posting)
    {
        if (_bytes.Length == 0)
        {
            _length = HeadLength;
            _bytes = new byte[_length + _size];
        }

        var bytes = _bytes;
        var at = _length;
        var v = (uint)(doc - _lastDoc);
        while (v >= 0x80)
        {
            bytes[at++] = (byte)(v | 0x80);
            v >>= 7;
        }

        bytes[at++] = (byte)v;

        // Most postings are a few bytes: a loop beats a call to memmove there.
        if (posting.Length <= 16)
        {
            foreach (var b in posting)
            {
                bytes[at++] = b;
            }
        }
        else
        {
            posting.CopyTo(bytes.AsSpan(at));
            at += posting.Length;
        }

        _length = at;
        _lastDoc = doc;
    }

    /// <summary>The encoded postings: flags (1 = positions), document count, then the postings, in the room left for them.</summary>
    public byte[] Encode(bool positional)
    {
        var count = (uint)DocumentCount;
        var at = 0;
        _bytes[at++] = (byte)(positional ? 1 : 0);
        while (count >= 0x80)
        {
            _bytes[at++] = (byte)(count | 0x80);
            count >>= 7;
        }

        _bytes[at] = (byte)count;
        return _bytes;
    }

    private int HeadLength => 1 + VarintLength((uint)DocumentCount);

    private static int VarintLength(uint value)
    {
        var length = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            length++;
        }

        return length;
    }
}
