using System.Text;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// XML escaping exactly as <see cref="System.Xml.XmlWriter"/> does it with LF line ends and character checking on,
/// so feed entries can be serialised once as text and pasted into every feed that lists them.
/// </summary>
public static class XmlEscape
{
    /// <summary>Appends element text: &amp;, &lt; and &gt; escaped, CR LF and CR written as LF.</summary>
    public static StringBuilder AppendText(StringBuilder builder, string text) => Append(builder, text, attribute: false);

    /// <summary>Appends an attribute value: also &quot; escaped and tabs and line ends as character references.</summary>
    public static StringBuilder AppendAttribute(StringBuilder builder, string text) => Append(builder, text, attribute: true);

    private static StringBuilder Append(StringBuilder builder, string text, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement;
            switch (c)
            {
                case '&': replacement = "&amp;"; break;
                case '<': replacement = "&lt;"; break;
                case '>': replacement = "&gt;"; break;
                case '"': replacement = attribute ? "&quot;" : null; break;
                case '\t': replacement = attribute ? "&#x9;" : null; break;
                case '\n': replacement = attribute ? "&#xA;" : null; break;
                case '\r':
                    if (attribute)
                    {
                        replacement = "&#xD;";
                    }
                    else
                    {
                        builder.Append(text, start, i - start).Append('\n');
                        if (i + 1 < text.Length && text[i + 1] == '\n')
                        {
                            i++;
                        }

                        start = i + 1;
                        continue;
                    }

                    break;
                default:
                    Check(text, ref i);
                    replacement = null;
                    break;
            }

            if (replacement is not null)
            {
                builder.Append(text, start, i - start).Append(replacement);
                start = i + 1;
            }
        }

        return builder.Append(text, start, text.Length - start);
    }

    // The characters XML 1.0 cannot hold; XmlWriter refuses them too.
    private static void Check(string text, ref int i)
    {
        var c = text[i];
        if (c >= 0x20 && c < 0xD800)
        {
            return;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            i++;
            return;
        }

        if (c < 0x20 || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
        {
            throw new ArgumentException($"Character U+{(int)c:X4} cannot be written to XML.", nameof(text));
        }
    }
}
