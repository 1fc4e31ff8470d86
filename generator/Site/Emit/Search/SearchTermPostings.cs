using System.Runtime.CompilerServices;
namespace Civic.Site.Emit.Search;

/// <summary>A term's postings while the index is built, encoded as the shards store them: doc delta, then the posting.</summary>
internal sealed class SearchTermPostings
{
    private byte[] _bytes = new byte[16];
    private int _lastDoc;

    public int Length { get; private set; }

    public int DocumentCount { get; private set; }

    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Length);

    /// <summary>Adds a document's posting; documents come in increasing order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int doc, ReadOnlySpan<byte> posting)
    {
        if (_bytes.Length - Length < posting.Length + 5)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + posting.Length + 5));
        }

        var v = (uint)(doc - _lastDoc);
        while (v >= 0x80)
        {
            _bytes[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _bytes[Length++] = (byte)v;
        // Most postings are a few bytes: a loop beats a call to memmove there.
        if (posting.Length <= 16)
        {
            var bytes = _bytes;
            var at = Length;
            foreach (var b in posting)
            {
                bytes[at++] = b;
            }
        }
        else
        {
            posting.CopyTo(_bytes.AsSpan(Length));
        }

        Length += posting.Length;
        _lastDoc = doc;
        DocumentCount++;
    }
}
