using System.Text;

namespace Civic.Site.Render;

/// <summary>
/// Where a render thread of a one-off build puts a page body or a whole page: one buffer per thread, reused for the
/// next page, so the tens of thousands of pages of a large site are not each made into strings of their own.
/// What <see cref="Text"/> gives is valid until the next <see cref="Clear"/> on the same thread.
/// </summary>
internal sealed class PageTextBuffer : TextWriter
{
    private char[] _chars = new char[64 * 1024];
    private int _length;

    public override Encoding Encoding => Encoding.Unicode;

    public ReadOnlyMemory<char> Text => _chars.AsMemory(0, _length);

    public void Clear() => _length = 0;

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (_chars.Length - _length < buffer.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + buffer.Length));
        }

        buffer.CopyTo(_chars.AsSpan(_length));
        _length += buffer.Length;
    }
}
