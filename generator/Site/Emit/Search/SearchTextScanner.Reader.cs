using AngleSharp.Html.Parser;

namespace Civic.Site.Emit.Search;

// A reader for the markup the generator writes: lower-case tag names, plain attribute names, quoted or plain values, comments,
// a doctype, the entities HTML encoders write, and raw text up to its end tag. It hands the scanner the tokens
// AngleSharp's tokenizer would, several times faster. On anything else (upper case, other character references, CR or
// NUL, bogus comments, escaped script data, text that starts with '<'...) it gives up and the page is read again with
// AngleSharp, so its result is always AngleSharp's.
internal sealed partial class SearchTextScanner
{
    private bool _fast;
    private HtmlParseMode _mode;
    private int _lastStartTag;
    private int _lastStartTagLength;
    private char[] _decoded = new char[256];

    /// <returns>False when the page holds markup the reader does not follow; the scanner's state is then partial.</returns>
    private bool ReadFast(ReadOnlyMemory<char> html)
    {
        var s = html.Span;
        // AngleSharp replaces or drops these while it reads (CR LF becomes LF, a byte order mark goes).
        if (s.IndexOfAny('\0', '\r', '\uFEFF') >= 0)
        {
            return false;
        }

        _fast = true;
        _mode = HtmlParseMode.PCData;
        var pos = 0;
        while (pos < s.Length && !Finished)
        {
            pos = _mode switch
            {
                HtmlParseMode.PCData => s[pos] == '<' ? ReadMarkup(s, pos) : ReadText(s, pos),
                HtmlParseMode.Rawtext or HtmlParseMode.Script or HtmlParseMode.RCData => ReadRawText(s, pos),
                _ => -1,
            };
            if (pos < 0)
            {
                return false;
            }
        }

        return true;
    }

    private int ReadText(ReadOnlySpan<char> s, int pos)
    {
        var end = s[pos..].IndexOf('<') is var i and >= 0 ? pos + i : s.Length;
        return DecodedTextToken(s[pos..end]) ? end : -1;
    }

    // Character references make the text differ from the source: it is decoded into a buffer then.
    private bool DecodedTextToken(ReadOnlySpan<char> text)
    {
        var reference = text.IndexOf('&');
        if (reference < 0)
        {
            TextToken(text);
            return true;
        }

        var length = 0;
        while (reference >= 0)
        {
            var (c, size) = Entity(text[reference..]);
            if (size == 0)
            {
                return false;
            }

            Decode(ref length, text[..reference]);
            Decode(ref length, [c]);
            text = text[(reference + size)..];
            reference = text.IndexOf('&');
        }

        Decode(ref length, text);
        TextToken(_decoded.AsSpan(0, length));
        return true;
    }

    private void Decode(ref int length, ReadOnlySpan<char> chars)
    {
        if (length + chars.Length > _decoded.Length)
        {
            Array.Resize(ref _decoded, Math.Max(_decoded.Length * 2, length + chars.Length));
        }

        chars.CopyTo(_decoded.AsSpan(length));
        length += chars.Length;
    }

    // Only complete references with their semicolon: without one, or for other names, the longest-match rules apply.
    private static (char Char, int Size) Entity(ReadOnlySpan<char> s) =>
        s.StartsWith("&amp;") ? ('&', 5)
        : s.StartsWith("&lt;") ? ('<', 4)
        : s.StartsWith("&gt;") ? ('>', 4)
        : s.StartsWith("&quot;") ? ('"', 6)
        : s.StartsWith("&#39;") ? ('\'', 5)
        : s.StartsWith("&#x27;") ? ('\'', 6)
        : s.StartsWith("&nbsp;") ? ('\u00a0', 6)
        : ('\0', 0);

    private int ReadMarkup(ReadOnlySpan<char> s, int pos)
    {
        if (pos + 2 >= s.Length)
        {
            return -1;
        }

        var next = s[pos + 1];
        if (char.IsAsciiLetterLower(next))
        {
            return ReadStartTag(s, pos + 1);
        }

        if (next == '/')
        {
            return char.IsAsciiLetterLower(s[pos + 2]) ? ReadEndTag(s, pos + 2) : -1;
        }

        if (next != '!')
        {
            return -1;
        }

        var rest = s[(pos + 2)..];
        if (rest.StartsWith("--"))
        {
            // A comment ends at the first "-->", unless it is "<!-->", "<!--->" or holds "--!>".
            var body = rest[2..];
            var end = body.IndexOf("-->");
            return body.StartsWith('>') || body.StartsWith("->") || end < 0 || body[..end].Contains("--!", StringComparison.Ordinal)
                ? -1
                : pos + 4 + end + 3;
        }

        if (rest.StartsWith("doctype", StringComparison.OrdinalIgnoreCase) && rest.IndexOf('>') is var close and >= 0)
        {
            // Every doctype state ends at '>'.
            _dropNewline = false;
            return pos + 2 + close + 1;
        }

        return -1;
    }

    private bool RawTextToken(ReadOnlySpan<char> text)
    {
        TextToken(text);
        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';

    private static bool IsAttributeNameChar(char c) => char.IsAsciiLetter(c) || char.IsAsciiDigit(c) || c is '-' or '_' or ':' or '.';
}
