using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load.Yaml;

/// <summary>
/// Reads the form nearly every content file takes — a mapping of one key per line, each value a one-line plain
/// or quoted text or a one-line <c>[a, b]</c> list of plain texts — without the general YAML parser, which costs
/// ten times more. Anything else (comments, nesting, block lists, escapes, anchors, empty values, duplicate keys,
/// unusual characters) makes it give up, and the general parser reads the document instead, so the nodes, their
/// positions and every diagnostic are the same whichever reads it.
/// </summary>
internal static class SimpleYamlReader
{
    // Mapping → value → list item.
    private const int DepthUsed = 2;

    // Reused by each thread: a document has a few keys, found again by a scan faster than hashing them.
    [ThreadStatic]
    private static List<YEntry>? Entries;

    [ThreadStatic]
    private static List<YNode>? Items;

    /// <summary>The document's mapping, or null when it is not in the simple form.</summary>
    public static YMapping? TryRead(SourceText source, string yaml, int lineOffset, LoadOptions options) =>
        TryRead(source, yaml, 0, yaml.Length, lineOffset, options, null);

    /// <summary>
    /// The mapping of <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>), or null when it is
    /// not in the simple form; short texts are taken from <paramref name="strings"/> when given.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static YMapping? TryRead(SourceText source, string text, int from, int to, int lineOffset, LoadOptions options, StringPool? strings)
    {
        if (options.MaxYamlDepth < DepthUsed) return null;
        var entries = Entries ??= new List<YEntry>(32);
        entries.Clear();
        SourceLocation mapStart = default;
        var line = 0;
        for (var start = from; start < to;)
        {
            line++;
            var end = text.AsSpan(start, to - start).IndexOf('\n');
            end = end < 0 ? to : start + end;
            var lineText = text.AsSpan(start, end - start);
            start = end + 1;
            if (lineText.IsEmpty) continue;

            var keyLength = KeyLength(lineText);
            if (keyLength == 0 || keyLength + 1 >= lineText.Length || lineText[keyLength] != ':' || lineText[keyLength + 1] != ' ') return null;
            var valueAt = keyLength + 2;
            while (valueAt < lineText.Length && lineText[valueAt] == ' ') valueAt++;
            if (valueAt == lineText.Length) return null;

            var keyText = lineText[..keyLength];
            foreach (var e in entries)
            {
                if (keyText.SequenceEqual(e.Key.Value)) return null;
            }
            var key = strings?.Get(keyText) ?? new string(keyText);
            var lineNumber = line + lineOffset;
            var keyNode = new YScalar(source.Location(lineNumber, 1), key, true);
            if (entries.Count == 0) mapStart = keyNode.Start;

            var at = new Line(source, lineText, lineNumber, strings);
            YNode? value = lineText[valueAt] switch
            {
                '[' => FlowList(at, valueAt),
                '"' or '\'' => Quoted(at, valueAt),
                _ => Plain(at, valueAt),
            };
            if (value is null) return null;
            entries.Add(new YEntry(keyNode, value));
        }
        return entries.Count == 0 ? null : new YMapping(mapStart, ImmutableArray.Create(CollectionsMarshal.AsSpan(entries)));
    }

    // The line being read: its text, its number in the file, and where its values' strings come from.
    private readonly ref struct Line(SourceText source, ReadOnlySpan<char> text, int number, StringPool? strings)
    {
        public readonly ReadOnlySpan<char> Text = text;

        public SourceLocation At(int index) => source.Location(number, index + 1);

        public string String(int start, int end) => strings?.Get(Text[start..end]) ?? new string(Text[start..end]);
    }

    // Keys are ASCII words: letters, digits, '_' and (not first) '-'.
    private static int KeyLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || (i > 0 && text[i] == '-'))) i++;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YScalar? Plain(Line line, int at)
    {
        var text = line.Text;
        if (!CanStartPlain(text, at)) return null;
        var end = text.Length;
        while (text[end - 1] == ' ') end--;
        for (var i = at; i < end; i++)
        {
            var c = text[i];
            if (!IsSafe(c)) return null;
            if (c == ':' && (i + 1 == end || text[i + 1] == ' ')) return null;
            if (c == '#' && text[i - 1] == ' ') return null;
        }
        return new YScalar(line.At(at), line.String(at, end), true);
    }

    // "…" without escapes, or '…' without doubled quotes, with nothing but spaces after it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YScalar? Quoted(Line line, int at)
    {
        var text = line.Text;
        var quote = text[at];
        var close = at + 1;
        while (close < text.Length && text[close] != quote)
        {
            if (!IsSafe(text[close]) || text[close] == '\\') return null;
            close++;
        }
        if (close == text.Length || !text[(close + 1)..].TrimStart(' ').IsEmpty) return null;
        return new YScalar(line.At(at), line.String(at + 1, close), false);
    }

    // [a, b, c] on one line, items plain, with nothing but spaces after it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YSequence? FlowList(Line line, int at)
    {
        var text = line.Text;
        var items = Items ??= new List<YNode>(16);
        items.Clear();
        var i = at + 1;
        while (i < text.Length && text[i] == ' ') i++;
        if (i < text.Length && text[i] == ']')
        {
            i++;
        }
        else
        {
            while (true)
            {
                if (i == text.Length || !CanStartPlain(text, i)) return null;
                var start = i;
                while (i < text.Length && text[i] is not (',' or ']'))
                {
                    var c = text[i];
                    if (!IsSafe(c) || c is '[' or '{' or '}' or '"' or '\'' or ':' or '#' or '?') return null;
                    i++;
                }
                if (i == text.Length) return null;
                var end = i;
                while (text[end - 1] == ' ') end--;
                items.Add(new YScalar(line.At(start), line.String(start, end), true));
                if (text[i++] == ']') break;
                while (i < text.Length && text[i] == ' ') i++;
            }
        }
        if (!text[i..].TrimStart(' ').IsEmpty) return null;
        return new YSequence(line.At(at), ImmutableArray.Create(CollectionsMarshal.AsSpan(items)));
    }

    // Indicators cannot start a plain value, except '-' before a digit (a negative number).
    private static bool CanStartPlain(ReadOnlySpan<char> text, int at)
    {
        var c = text[at];
        if (c == '-') return at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]);
        return IsSafe(c) && c is not (' ' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!'
            or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    // Printable characters that no YAML reader treats as a break, a byte-order mark or an error.
    private static bool IsSafe(char c) =>
        c is >= ' ' and < '\x7F'
        || (c >= '\xA0' && c < '\uD800' && c is not ('\u2028' or '\u2029'))
        || (c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF');
}
