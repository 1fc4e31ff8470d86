namespace Civic.Site.Emit.Html;

/// <summary>
/// Reads a start tag written the way the theme and the Markdown renderer write them (lower-case names, values in
/// double or single quotes without character references, tags closed) and gives what AngleSharp's tokenizer would
/// give for it. Anything else, such as upper case, an entity, a carriage return or an unquoted value, is declined
/// and left to the tokenizer, so the fast path never has to know the HTML error-recovery rules.
/// </summary>
internal static class PlainTagReader
{
    /// <summary>The tag's id and link, or false when the tag is not plain.</summary>
    /// <param name="tag">From '&lt;' to '&gt;' inclusive.</param>
    /// <param name="targets">The element/attribute pairs that hold a link, as <see cref="LinkScanner"/> lists them.</param>
    public static bool TryRead(ReadOnlySpan<char> tag, (string Tag, string Attribute)[] targets, out ScannedTag[] scanned)
    {
        scanned = [];
        if (tag.Length < 3 || tag[0] != '<' || tag[^1] != '>' || !char.IsAsciiLetterLower(tag[1]))
        {
            return false;
        }

        var i = 1;
        while (char.IsAsciiLetterLower(tag[i]) || char.IsAsciiDigit(tag[i]))
        {
            i++;
        }

        var name = tag[1..i];
        ReadOnlySpan<char> id = default, href = default, src = default;
        bool hasId = false, hasHref = false, hasSrc = false;
        var last = tag.Length - 1;
        while (true)
        {
            var spaced = false;
            while (tag[i] is ' ' or '\t' or '\n' or '\f')
            {
                spaced = true;
                i++;
            }

            if (i == last || (tag[i] == '/' && i + 1 == last))
            {
                break;
            }

            // Attributes must be apart: "a"b= and the like go to the tokenizer.
            if (!spaced)
            {
                return false;
            }

            var nameStart = i;
            while (char.IsAsciiLetterLower(tag[i]) || char.IsAsciiDigit(tag[i]) || tag[i] is '-' or '_' or ':' or '.')
            {
                i++;
            }

            if (i == nameStart)
            {
                return false;
            }

            var attribute = tag[nameStart..i];
            ReadOnlySpan<char> value = default;
            if (tag[i] == '=')
            {
                var quote = tag[i + 1];
                if (quote is not ('"' or '\''))
                {
                    return false;
                }

                var close = tag[(i + 2)..last].IndexOf(quote);
                if (close < 0)
                {
                    return false;
                }

                value = tag.Slice(i + 2, close);
                if (value.ContainsAny('&', '\r', '\0'))
                {
                    return false;
                }

                i += close + 3;
            }
            else if (tag[i] is not (' ' or '\t' or '\n' or '\f' or '>' or '/'))
            {
                return false;
            }

            // The first of duplicate attributes counts, as in the DOM.
            switch (attribute)
            {
                case "id" when !hasId:
                    id = value;
                    hasId = true;
                    break;
                case "href" when !hasHref:
                    href = value;
                    hasHref = true;
                    break;
                case "src" when !hasSrc:
                    src = value;
                    hasSrc = true;
                    break;
            }
        }

        PageLink? link = null;
        for (var k = 0; k < targets.Length; k++)
        {
            var (tagName, linkAttribute) = targets[k];
            var value = linkAttribute == "href" ? href : src;
            if (name.SequenceEqual(tagName) && !value.IsEmpty)
            {
                link = new PageLink(value.ToString(), k);
            }
        }

        var idText = id.IsEmpty ? null : id.ToString();
        scanned = idText is null && link is null ? [] : [new ScannedTag(idText, link)];
        return true;
    }
}
