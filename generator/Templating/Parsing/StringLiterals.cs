using System.Globalization;
using System.Text;

namespace Civic.Templating.Parsing;

/// <summary>Decodes the escapes of quoted strings.</summary>
internal static class StringLiterals
{
    public static string Unescape(string text, int start, int end, bool interpolated)
    {
        if (text.IndexOf('\\', start, Math.Max(0, end - start)) < 0)
        {
            return text[start..Math.Max(start, end)];
        }

        var builder = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c != '\\' || i + 1 >= end)
            {
                builder.Append(c);
                continue;
            }

            var next = text[++i];
            switch (next)
            {
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case '0': builder.Append('\0'); break;
                case 'u' when i + 4 < end:
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                case 'x' when i + 2 < end:
                    builder.Append((char)int.Parse(text.AsSpan(i + 1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 2;
                    break;
                default:
                    builder.Append(next);
                    break;
            }
        }

        _ = interpolated;
        return builder.ToString();
    }
}
