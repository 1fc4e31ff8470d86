using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Civic.Site.Emit.Feeds;

/// <summary>
/// XML escaping exactly as <see cref="System.Xml.XmlWriter"/> does it with LF line ends and character checking on,
/// so feed entries can be serialised once as text and pasted into every feed that lists them.
/// </summary>
/// <remarks>
/// Text is written as UTF-8: runs without anything to escape are found with one vectorised search and transcoded
/// in one go, which also refuses unpaired surrogates.
/// </remarks>
public static class XmlEscape
{
    // What ends a clean run: markup characters and the C0 controls (\t and \n are plain in element text).
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create(Specials(attribute: false));
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create(Specials(attribute: true));

    /// <summary>Appends element text: &amp;, &lt; and &gt; escaped, CR LF and CR written as LF.</summary>
    public static StringBuilder AppendText(StringBuilder builder, string text) => Append(builder, text, attribute: false);

    /// <summary>Appends an attribute value: also &quot; escaped and tabs and line ends as character references.</summary>
    public static StringBuilder AppendAttribute(StringBuilder builder, string text) => Append(builder, text, attribute: true);

    /// <summary>Writes element text as UTF-8, escaped as <see cref="AppendText"/> escapes it.</summary>
    public static void WriteText(IBufferWriter<byte> output, ReadOnlySpan<char> text) => Write(output, text, attribute: false);

    /// <summary>Writes an attribute value as UTF-8, escaped as <see cref="AppendAttribute"/> escapes it.</summary>
    public static void WriteAttribute(IBufferWriter<byte> output, ReadOnlySpan<char> text) => Write(output, text, attribute: true);

    private static StringBuilder Append(StringBuilder builder, string text, bool attribute)
    {
        var output = new ArrayBufferWriter<byte>(text.Length + 16);
        Write(output, text, attribute);
        return builder.Append(Encoding.UTF8.GetString(output.WrittenSpan));
    }

    // One reservation for the worst case ("&quot;" for every character), so the loop makes no calls on the writer.
    private static void Write(IBufferWriter<byte> output, ReadOnlySpan<char> text, bool attribute)
    {
        var destination = output.GetSpan(checked(text.Length * 6));
        output.Advance(Escape(text, destination, attribute));
    }

    private static int Escape(ReadOnlySpan<char> text, Span<byte> destination, bool attribute)
    {
        // Non-characters are valid UTF-16, so the transcoder would let them through.
        if (text.IndexOfAny('\uFFFE', '\uFFFF') is var nonCharacter and >= 0)
        {
            throw Refused(text[nonCharacter]);
        }

        var specials = attribute ? AttributeSpecials : TextSpecials;
        var at = 0;
        while (true)
        {
            var i = text.IndexOfAny(specials);
            var run = i < 0 ? text : text[..i];
            if (Utf8.FromUtf16(run, destination[at..], out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw Refused(run[read]);
            }

            at += written;
            if (i < 0)
            {
                return at;
            }

            var c = text[i];
            ReadOnlySpan<byte> replacement = c switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                '\r' => attribute ? "&#xD;"u8 : "\n"u8,
                _ => throw Refused(c),
            };
            replacement.CopyTo(destination[at..]);
            at += replacement.Length;
            if (c == '\r' && !attribute && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            text = text[(i + 1)..];
        }
    }

    // The characters XML 1.0 cannot hold; XmlWriter refuses them too.
    private static ArgumentException Refused(char c) =>
        new($"Character U+{(int)c:X4} cannot be written to XML.", "text");

    private static string Specials(bool attribute)
    {
        var specials = new StringBuilder(attribute ? "&<>\"" : "&<>");
        for (var c = '\0'; c < ' '; c++)
        {
            if (attribute || c is not ('\t' or '\n'))
            {
                specials.Append(c);
            }
        }

        return specials.ToString();
    }
}
