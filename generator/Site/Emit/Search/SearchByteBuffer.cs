namespace Civic.Site.Emit.Search;

/// <summary>A growable byte buffer reused for one file after another (a MemoryStream per shard cost more than its bytes).</summary>
internal sealed class SearchByteBuffer
{
    private byte[] _bytes = new byte[16 * 1024];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Room for <paramref name="count"/> more bytes, to be filled and then committed with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int count)
    {
        if (_bytes.Length - Length < count)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        return _bytes.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(GetSpan(bytes.Length));
        Length += bytes.Length;
    }

    public void WriteByte(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    public void WriteVarint(int value)
    {
        var span = GetSpan(5);
        var at = 0;
        var v = (uint)value;
        while (v >= 0x80)
        {
            span[at++] = (byte)(v | 0x80);
            v >>= 7;
        }

        span[at++] = (byte)v;
        Length += at;
    }
}
