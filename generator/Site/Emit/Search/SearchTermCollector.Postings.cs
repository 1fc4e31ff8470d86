using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Civic.Site.Emit.Search;

// A document's postings as they are gathered: counts and positions per term, then encoded as varints.
internal sealed partial class SearchTermCollector
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Append(int index, int position, bool inTitle, bool positional)
    {
        ref var entry = ref CollectionsMarshal.AsSpan(_entries)[index];
        if (inTitle)
        {
            entry.Title++;
        }
        else
        {
            entry.Body++;
        }

        if (!positional)
        {
            return;
        }

        if (_positionCount == _positions.Length)
        {
            Array.Resize(ref _positions, _positions.Length * 2);
            Array.Resize(ref _next, _next.Length * 2);
        }

        var slot = _positionCount++;
        _positions[slot] = position;
        _next[slot] = -1;
        if (entry.First < 0)
        {
            entry.First = slot;
        }
        else
        {
            _next[entry.Last] = slot;
        }

        entry.Last = slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteVarint(int value)
    {
        if (_buffer.Length - _length < 5)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            _buffer[_length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _buffer[_length++] = (byte)v;
    }

    private struct Entry(int slot, bool single, int first)
    {
        public readonly int Slot = slot;

        // A single CJK character: counts in the title and the text instead of positions.
        public readonly bool Single = single;
        public int First = first;
        public int Last;
        public int Title;
        public int Body;
    }
}
