using System.Buffers;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// Where one thread serialises feed entries: large shared chunks instead of a scratch buffer and an array per
/// entry, since every entry is kept until the last channel that lists it is written.
/// </summary>
internal sealed class FeedItemArena : IBufferWriter<byte>
{
    private const int ChunkSize = 1 << 16;

    private byte[] _chunk = [];
    private int _start;
    private int _used;

    /// <summary>Bytes written since <see cref="Begin"/>.</summary>
    public int Length => _used - _start;

    /// <summary>Starts an entry.</summary>
    public void Begin() => _start = _used;

    /// <summary>The bytes written since <see cref="Begin"/>; they stay valid for the arena's lifetime.</summary>
    public ReadOnlyMemory<byte> End()
    {
        var written = new ReadOnlyMemory<byte>(_chunk, _start, _used - _start);
        _start = _used;
        return written;
    }

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _chunk.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _chunk.AsSpan(_used);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_chunk.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Write(byte b)
    {
        Reserve(1);
        _chunk[_used++] = b;
    }

    // An entry never straddles two chunks: a full chunk hands its unfinished entry to the next one.
    private void Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_chunk.Length - _used >= sizeHint)
        {
            return;
        }

        var entry = _used - _start;
        var next = GC.AllocateUninitializedArray<byte>(Math.Max(ChunkSize, 2 * (entry + sizeHint)));
        _chunk.AsSpan(_start, entry).CopyTo(next);
        _chunk = next;
        _start = 0;
        _used = entry;
    }
}
