using System.Buffers;
using AngleSharp.Html.Parser;

namespace Civic.Site.Emit.Search;

// The fast reader's tags: start and end tags, and the raw text of script, style, title and the like.
internal sealed partial class SearchTextScanner
{
    private static readonly SearchValues<char> AsciiLetters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private int ReadStartTag(ReadOnlySpan<char> s, int nameStart)
    {
        var pos = TagNameEnd(s, nameStart);
        if (pos < 0)
        {
            return -1;
        }

        var nameEnd = pos;
        var attributes = TagAttributes.None;
        var selfClosing = false;
        while (true)
        {
            pos = SkipSpace(s, pos);
            if (pos == s.Length)
            {
                return -1;
            }

            if (s[pos] == '>')
            {
                pos++;
                break;
            }

            if (s[pos] == '/')
            {
                if (pos + 1 < s.Length && s[pos + 1] == '>')
                {
                    selfClosing = true;
                    pos += 2;
                    break;
                }

                return -1;
            }

            var attributeStart = pos;
            while (pos < s.Length && IsAttributeNameChar(s[pos]))
            {
                pos++;
            }

            if (pos == attributeStart || pos == s.Length || !(IsSpace(s[pos]) || s[pos] is '/' or '>' or '='))
            {
                return -1;
            }

            attributes |= AttributeOfAnyCase(s[attributeStart..pos]);
            pos = SkipSpace(s, pos);
            if (pos < s.Length && s[pos] == '=')
            {
                pos = SkipValue(s, SkipSpace(s, pos + 1));
                if (pos < 0)
                {
                    return -1;
                }
            }
        }

        _lastStartTag = nameStart;
        _lastStartTagLength = nameEnd - nameStart;
        StartTagToken(new Tag(SearchHtmlTags.NameOf(s[nameStart..nameEnd]), selfClosing, attributes));
        return pos;
    }

    // Attribute names are read in lower case (SVG's viewBox, say).
    private static TagAttributes AttributeOfAnyCase(ReadOnlySpan<char> name)
    {
        if (!name.ContainsAnyInRange('A', 'Z'))
        {
            return AttributeOf(name);
        }

        Span<char> lower = stackalloc char[18];
        return name.Length > lower.Length ? TagAttributes.None : AttributeOf(lower[..name.ToLowerInvariant(lower)]);
    }

    // What a value holds never matters here, only where it ends; character references in it never cross a quote.
    private static int SkipValue(ReadOnlySpan<char> s, int pos)
    {
        if (pos == s.Length || s[pos] == '>')
        {
            return -1;
        }

        var quote = s[pos];
        if (quote is '"' or '\'')
        {
            var close = s[(pos + 1)..].IndexOf(quote);
            pos += close + 2;
            return close < 0 || pos == s.Length || !(IsSpace(s[pos]) || s[pos] is '/' or '>') ? -1 : pos;
        }

        while (pos < s.Length && !IsSpace(s[pos]) && s[pos] != '>')
        {
            pos++;
        }

        return pos == s.Length ? -1 : pos;
    }

    private int ReadEndTag(ReadOnlySpan<char> s, int nameStart)
    {
        var nameEnd = TagNameEnd(s, nameStart);
        return nameEnd < 0 ? -1 : FinishEndTag(s, s[nameStart..nameEnd], nameEnd);
    }

    private int FinishEndTag(ReadOnlySpan<char> s, ReadOnlySpan<char> name, int pos)
    {
        pos = SkipSpace(s, pos);
        if (pos == s.Length || s[pos] != '>')
        {
            return -1;
        }

        EndTagToken(SearchHtmlTags.NameOf(name));
        return pos + 1;
    }

    // Script, style, title, textarea...: text up to the end tag that matches the last start tag, in any case.
    private int ReadRawText(ReadOnlySpan<char> s, int pos)
    {
        var name = s.Slice(_lastStartTag, _lastStartTagLength);
        var at = pos;
        while (true)
        {
            var open = s[at..].IndexOf("</");
            if (open < 0)
            {
                return -1;
            }

            at += open;
            var after = at + 2 + name.Length;
            if (after < s.Length && s.Slice(at + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (IsSpace(s[after]) || s[after] is '/' or '>'))
            {
                break;
            }

            // AngleSharp hands back the letters of an end tag that is not the one awaited in lower case.
            var letters = s[(at + 2)..];
            var lettersEnd = letters.IndexOfAnyExcept(AsciiLetters);
            if ((lettersEnd < 0 ? letters : letters[..lettersEnd]).ContainsAnyInRange('A', 'Z'))
            {
                return -1;
            }

            at += 2;
        }

        var text = s[pos..at];
        if (_mode == HtmlParseMode.Script && text.Contains("<!--", StringComparison.Ordinal))
        {
            return -1;
        }

        if (text.Length > 0 && !(_mode == HtmlParseMode.RCData ? DecodedTextToken(text) : RawTextToken(text)))
        {
            return -1;
        }

        // The end tag is named as its start tag was, whatever its case here.
        _mode = HtmlParseMode.PCData;
        return FinishEndTag(s, name, at + 2 + name.Length);
    }

    private static int TagNameEnd(ReadOnlySpan<char> s, int pos)
    {
        while (pos < s.Length && (char.IsAsciiLetterLower(s[pos]) || char.IsAsciiDigit(s[pos]) || s[pos] == '-'))
        {
            pos++;
        }

        return pos < s.Length && (IsSpace(s[pos]) || s[pos] is '/' or '>') ? pos : -1;
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int pos)
    {
        while (pos < s.Length && IsSpace(s[pos]))
        {
            pos++;
        }

        return pos;
    }
}
