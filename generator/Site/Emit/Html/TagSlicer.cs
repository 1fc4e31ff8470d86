namespace Civic.Site.Emit.Html;

/// <summary>
/// Cuts out of a page the start tags that can hold a link or an id, so the HTML tokenizer reads a few kilobytes of
/// tags instead of every character of text. Text, comments, end tags and the contents of raw-text elements (script,
/// style, textarea, title …) are stepped over the way the HTML tokenizer steps over them; attribute values are
/// left for the tokenizer to decode.
/// </summary>
public static class TagSlicer
{
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "noscript", "iframe", "xmp", "noembed", "noframes"];

    /// <summary>
    /// Adds to <paramref name="tags"/>, in order, where the start tags named in <paramref name="names"/> are, and any
    /// start tag with something like an id.
    /// </summary>
    public static void Slice(ReadOnlySpan<char> html, string[] names, List<Range> tags)
    {
        var i = 0;
        while (true)
        {
            var open = IndexFrom(html, '<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (html[open..].StartsWith("<!--"))
            {
                var close = IndexFrom(html, "-->", open + 4);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                // End tags, doctype, processing instructions and a lone '<' in text hold no link.
                var close = next is '/' or '!' or '?' ? IndexFrom(html, '>', open + 1) : open;
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            var nameEnd = open + 1;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var end = TagEnd(html, nameEnd);
            var name = html.Slice(open + 1, nameEnd - (open + 1));
            if (Contains(names, name) || html.Slice(nameEnd, end - nameEnd).Contains("id", StringComparison.OrdinalIgnoreCase))
            {
                tags.Add(new Range(open, end));
            }

            i = end;
            var raw = RawTextName(name);
            if (raw is not null)
            {
                var close = IndexOfEndTag(html, raw, end);
                i = close < 0 ? html.Length : close;
            }
        }
    }

    private static bool IsNameEnd(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '/' or '>';

    /// <summary>The index after the tag's closing '&gt;', skipping quoted attribute values that may hold one.</summary>
    private static int TagEnd(ReadOnlySpan<char> html, int i)
    {
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '=')
            {
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    i++;
                }

                if (i < html.Length && html[i] is '"' or '\'')
                {
                    var close = IndexFrom(html, html[i], i + 1);
                    i = close < 0 ? html.Length : close + 1;
                    continue;
                }

                continue;
            }

            i++;
        }

        return html.Length;
    }

    private static bool Contains(string[] names, ReadOnlySpan<char> name)
    {
        foreach (var candidate in names)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string? RawTextName(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return raw;
            }
        }

        return null;
    }

    private static int IndexOfEndTag(ReadOnlySpan<char> html, string name, int from)
    {
        var i = from;
        while (true)
        {
            var close = IndexFrom(html, "</", i);
            if (close < 0)
            {
                return -1;
            }

            var after = close + 2 + name.Length;
            if (after <= html.Length && html.Slice(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsNameEnd(html[after])))
            {
                return close;
            }

            i = close + 2;
        }
    }

    private static int IndexFrom(ReadOnlySpan<char> html, char c, int from)
    {
        var at = html[from..].IndexOf(c);
        return at < 0 ? -1 : from + at;
    }

    private static int IndexFrom(ReadOnlySpan<char> html, string text, int from)
    {
        var at = html[from..].IndexOf(text, StringComparison.Ordinal);
        return at < 0 ? -1 : from + at;
    }
}
