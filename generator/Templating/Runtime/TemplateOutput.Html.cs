using System.Buffers;

namespace Civic.Templating.Runtime;

/// <summary>Escaping and include indentation, written straight into the buffer without intermediate strings.</summary>
internal sealed partial class TemplateOutput
{
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("&<>\"'");

    /// <summary>Appends <paramref name="text"/> HTML-escaped exactly as <see cref="HtmlEscaper.Escape"/> does.</summary>
    public bool AppendEscaped(string text)
    {
        var rest = text.AsSpan();
        var index = rest.IndexOfAny(HtmlSpecial);
        if (index < 0)
        {
            return Append(rest);
        }

        Restore();
        var before = _length;
        while (index >= 0)
        {
            AppendUnchecked(rest[..index]);
            AppendUnchecked(rest[index] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(index + 1)..];
            index = rest.IndexOfAny(HtmlSpecial);
        }

        AppendUnchecked(rest);
        if (_length - _start > _limit)
        {
            _length = before;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Closes the current segment keeping its text in place, with <paramref name="indentLength"/> characters of
    /// indentation (those just before the segment: the include's line) repeated after every line break that is
    /// followed by more text on a non-empty line. False, with the segment dropped, if the result exceeds the
    /// outer segment's limit.
    /// </summary>
    public bool PopIndented(int indentLength)
    {
        var start = _start;
        var end = _length;
        var breaks = 0;
        for (var i = start; i < end - 1; i++)
        {
            if (_chars[i] == '\n' && _chars[i + 1] != '\n')
            {
                breaks++;
            }
        }

        PopSegment();
        var newEnd = end + breaks * indentLength;
        if (newEnd - _start > _limit)
        {
            _length = start;
            return false;
        }

        if (newEnd > _chars.Length)
        {
            Grow(newEnd - _length);
        }

        // Move the text right from its end, inserting the indentation; nothing below the segment is written.
        var indentStart = start - indentLength;
        var write = newEnd;
        var after = '\n';
        var hasAfter = false;
        for (var i = end - 1; i >= start; i--)
        {
            var c = _chars[i];
            if (c == '\n' && hasAfter && after != '\n')
            {
                write -= indentLength;
                Array.Copy(_chars, indentStart, _chars, write, indentLength);
            }

            _chars[--write] = c;
            after = c;
            hasAfter = true;
        }

        _length = newEnd;
        return true;
    }

    private void AppendUnchecked(ReadOnlySpan<char> text)
    {
        if (_chars.Length - _length < text.Length)
        {
            Grow(text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }
}
