using System.Runtime.CompilerServices;
using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// NFKC as <see cref="string.Normalize(NormalizationForm)"/> gives it, without asking ICU about the characters pages are
/// mostly made of. ASCII, CJK ideographs, Hangul syllables, Latin-1 letters and common CJK punctuation are their own
/// NFKC form and never combine with what precedes them; full-width ASCII (，：；（）) becomes ASCII and … three full stops. Normalization
/// can be cut before any such character without changing the result, so only the runs of other characters (with the
/// character before them, which a combining mark may join) go to ICU. Chinese text then costs a copy, not a
/// normalization: ICU was two thirds of tokenizing.
/// </summary>
internal static class SearchNormalizer
{
    /// <summary>
    /// The NFKC form of <paramref name="text"/>: the text itself when it is already normalized and plain, otherwise
    /// written into <paramref name="buffer"/> (grown as needed, so one buffer serves a thread's documents).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ReadOnlySpan<char> Normalize(string text, ref char[] buffer)
    {
        var source = text.AsSpan();
        var i = 0;
        while (i < source.Length && IsPlain(source[i]))
        {
            i++;
        }

        if (i == source.Length)
        {
            return source;
        }

        Reserve(ref buffer, 0, Room(source.Length));
        source[..i].CopyTo(buffer);
        var length = i;
        var previousAt = i - 1;
        while (i < source.Length)
        {
            var c = source[i];
            if (IsPlain(c) || IsWide(c))
            {
                previousAt = length;
                buffer[length++] = IsWide(c) ? (char)(c - 0xFEE0) : c;
                i++;
                continue;
            }

            if (c == Ellipsis)
            {
                previousAt = length;
                buffer[length++] = '.';
                buffer[length++] = '.';
                buffer[length++] = '.';
                i++;
                continue;
            }

            // A run of other characters, normalized together with the character before it (a combining mark may
            // join it): every character above starts a new normalization segment, so what it wrote is taken back.
            var start = i > 0 ? i - 1 : 0;
            length = i > 0 ? previousAt : length;
            var end = i + 1;
            while (end < source.Length && !IsShortcut(source[end]))
            {
                end++;
            }

            var run = source[start..end];
            int written;
            while (!run.TryNormalize(buffer.AsSpan(length), out written, NormalizationForm.FormKC))
            {
                Reserve(ref buffer, length, Math.Max(run.Length * 4, buffer.Length - length + 1));
            }

            length += written;
            Reserve(ref buffer, length, Room(source.Length - end));
            i = end;
        }

        return buffer.AsSpan(0, length);
    }

    /// <summary>Its own NFKC form, and never joined to the character before it.</summary>
    internal static bool IsPlain(char c) =>
        c < 0x80
        || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xC0 && c <= 0xFF) || c == 0xB7
        || (c >= 0x3001 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011)
        || c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D;

    // U+2026 (…), common in Chinese text, is three full stops.
    private const char Ellipsis = '\u2026';

    /// <summary>Full-width ASCII (U+FF01 to U+FF5E), whose NFKC form is the ASCII character.</summary>
    internal static bool IsWide(char c) => c >= 0xFF01 && c <= 0xFF5E;

    internal static bool IsShortcut(char c) => IsPlain(c) || IsWide(c) || c == Ellipsis;

    // Room for what `remaining` source characters can write outside runs: three for an ellipsis.
    private static int Room(int remaining) => (remaining * 3) + 16;

    // Room for `more` characters after the first `used`.
    private static void Reserve(ref char[] buffer, int used, int more)
    {
        if (buffer.Length - used < more)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + more));
        }
    }
}
