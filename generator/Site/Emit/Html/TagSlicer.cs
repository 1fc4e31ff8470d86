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
    public static void Slice(string html, string[] names, List<Range> tags)
    {
        var i = 0;
        while (true)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length)
            {
                break;
            }

            var next = html[open + 1];
            if (html.AsSpan(open).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                // End tags, doctype, processing instructions and a lone '<' in text hold no link.
                var close = next is '/' or '!' or '?' ? html.IndexOf('>', open + 1) : open;
                i = close < 0 ? html.Length : close + 1;
                continue;
            }

            var nameEnd = open + 1;
            while (nameEnd < html.Length && !IsNameEnd(html[nameEnd]))
            {
                nameEnd++;
            }

            var end = TagEnd(html, nameEnd);
            var name = html.AsSpan(open + 1, nameEnd - (open + 1));
            if (Contains(names, name) || html.AsSpan(nameEnd, end - nameEnd).Contains("id", StringComparison.OrdinalIgnoreCase))
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
    private static int TagEnd(string html, int i)
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
                    var close = html.IndexOf(html[i], i + 1);
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

    private static int IndexOfEndTag(string html, string name, int from)
    {
        var i = from;
        while (true)
        {
            var close = html.IndexOf("</", i, StringComparison.Ordinal);
            if (close < 0)
            {
                return -1;
            }

            var after = close + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsNameEnd(html[after])))
            {
                return close;
            }

            i = close + 2;
        }
    }
}
