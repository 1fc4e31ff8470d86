using System.Text;
using System.Text.Json;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Writes a JSON array of page texts byte for byte as <see cref="System.Text.Json.Utf8JsonWriter"/> with the relaxed
/// encoder does, for texts made only of characters that encoder leaves alone (and line breaks, which it writes as
/// <c>\n</c>): checking every character of every text against its escaping tables was most of writing the text blocks.
/// </summary>
internal static class SearchJsonText
{
    /// <summary>
    /// Writes texts <c>textAt(0)</c> to <c>textAt(count - 1)</c> as a JSON array, or returns false, with the buffer in
    /// an undefined state, when one of them holds another character.
    /// </summary>
    public static bool TryWriteArray(int count, Func<int, string> textAt, SearchByteBuffer buffer)
    {
        buffer.WriteByte((byte)'[');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                buffer.WriteByte((byte)',');
            }

            if (!TryWriteString(textAt(i), buffer))
            {
                return false;
            }
        }

        buffer.WriteByte((byte)']');
        return true;
    }

    /// <summary>
    /// Writes a string value as <paramref name="writer"/> would, taking the shortcut when every character is written
    /// verbatim (<paramref name="scratch"/> holds the bytes meanwhile).
    /// </summary>
    public static void WriteString(Utf8JsonWriter writer, string text, SearchByteBuffer scratch)
    {
        scratch.Clear();
        if (TryWriteString(text, scratch))
        {
            writer.WriteRawValue(scratch.WrittenSpan, skipInputValidation: true);
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    private static bool TryWriteString(string text, SearchByteBuffer buffer)
    {
        foreach (var c in text)
        {
            if (!IsVerbatim(c) && c != '\n')
            {
                return false;
            }
        }

        buffer.WriteByte((byte)'"');
        var rest = text.AsSpan();
        while (true)
        {
            var line = rest.IndexOf('\n');
            var part = line < 0 ? rest : rest[..line];
            var written = Encoding.UTF8.GetBytes(part, buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(part.Length)));
            buffer.Advance(written);
            if (line < 0)
            {
                break;
            }

            buffer.WriteByte((byte)'\\');
            buffer.WriteByte((byte)'n');
            rest = rest[(line + 1)..];
        }

        buffer.WriteByte((byte)'"');
        return true;
    }

    /// <summary>Written as it is by the relaxed encoder: printable ASCII but the quote and backslash, CJK ideographs and punctuation.</summary>
    internal static bool IsVerbatim(char c) =>
        c < 0x80
            ? c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
            : (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011)
                || (c >= 0xFF01 && c <= 0xFF5E) || c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D
                || c == 0x2026 || c == 0xB7;
}
