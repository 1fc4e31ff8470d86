using System.Buffers;
using System.Globalization;

namespace Civic.Templating.Runtime;

/// <summary>
/// The output of one render: a single pooled character buffer. A capture or an include opens a segment at the end
/// of the buffer instead of a buffer of its own, so nested output is written once and copied only when it must
/// become a string (a captured variable). Each segment has its own size limit, counted from its start.
/// </summary>
internal sealed partial class TemplateOutput
{
    private const int InitialCapacity = 4096;

    private readonly List<(int Start, int Limit)> _outer = new();
    private char[] _chars = Array.Empty<char>();
    private int _length;
    private int _start;
    private int _limit;

    // The text of a finished render whose buffer went back to the pool; restored if the context writes again.
    private string? _released;

    public TemplateOutput(int limit) => _limit = limit;

    /// <summary>Characters written in the current segment.</summary>
    public int TotalLength => _length - _start + (_released?.Length ?? 0);

    /// <summary>The spaces and tabs written since the last line break of the current segment, or null if the line has other text.</summary>
    public string? TrailingIndent()
    {
        var indent = TrailingIndentLength();
        return indent < 0 ? null : new string(_chars, _length - indent, indent);
    }

    /// <summary>As <see cref="TrailingIndent"/>, as a length: -1 when the line has other text.</summary>
    public int TrailingIndentLength()
    {
        Restore();
        var i = _length;
        while (i > _start && _chars[i - 1] is ' ' or '\t')
        {
            i--;
        }

        return i == _start || _chars[i - 1] == '\n' ? _length - i : -1;
    }

    public bool Append(string text) => Append(text.AsSpan());

    public bool Append(ReadOnlySpan<char> text)
    {
        Restore();
        if (_length - _start + text.Length > _limit)
        {
            return false;
        }

        if (_chars.Length - _length < text.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
        return true;
    }

    /// <summary>Appends an integer as the invariant culture formats it.</summary>
    public bool Append(int value)
    {
        Span<char> digits = stackalloc char[11];
        value.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
        return Append(digits[..written]);
    }

    /// <summary>Opens a segment (a capture or an include) with room for <paramref name="limit"/> characters.</summary>
    public void Push(int limit)
    {
        Restore();
        _outer.Add((_start, _limit));
        _start = _length;
        _limit = limit;
    }

    /// <summary>Closes the current segment and gives its text, which leaves the buffer.</summary>
    public string PopToString()
    {
        var text = new string(_chars, _start, _length - _start);
        _length = _start;
        PopSegment();
        return text;
    }

    /// <summary>Closes the current segment, dropping its text (a render that failed).</summary>
    public void PopDiscard()
    {
        _length = _start;
        PopSegment();
    }

    /// <summary>The text of the current segment.</summary>
    public override string ToString()
    {
        if (_released is not null)
        {
            return _released;
        }

        return new string(_chars, _start, _length - _start);
    }

    /// <summary>Gives the whole text and returns the buffer to the pool; writing again restores the text first.</summary>
    public string Release()
    {
        var text = ToString();
        if (_outer.Count == 0 && _released is null)
        {
            _released = text;
            ReturnBuffer();
            _length = 0;
        }

        return text;
    }

    /// <summary>Writes the current segment's text to <paramref name="writer"/> and empties it; at the top level the buffer goes back to the pool.</summary>
    public void Drain(TextWriter writer)
    {
        if (_released is not null)
        {
            writer.Write(_released);
            _released = null;
            return;
        }

        writer.Write(_chars.AsSpan(_start, _length - _start));
        _length = _start;
        if (_outer.Count == 0)
        {
            ReturnBuffer();
        }
    }

    private void PopSegment()
    {
        (_start, _limit) = _outer[^1];
        _outer.RemoveAt(_outer.Count - 1);
    }

    private void Restore()
    {
        if (_released is null)
        {
            return;
        }

        var text = _released;
        _released = null;
        Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    private void Grow(int needed)
    {
        var size = Math.Max(Math.Max(InitialCapacity, _length + needed), (int)Math.Min(Array.MaxLength, 2L * _chars.Length));
        var larger = ArrayPool<char>.Shared.Rent(size);
        _chars.AsSpan(0, _length).CopyTo(larger);
        ReturnBuffer();
        _chars = larger;
    }

    private void ReturnBuffer()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
        }

        _chars = Array.Empty<char>();
    }
}
