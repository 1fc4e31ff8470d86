using System.Collections.Immutable;
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
    public static YMapping? TryRead(SourceText source, string yaml, int lineOffset, LoadOptions options)
    {
        if (options.MaxYamlDepth < DepthUsed) return null;
        var entries = Entries ??= new List<YEntry>(32);
        entries.Clear();
        SourceLocation mapStart = default;
        var line = 0;
        for (var start = 0; start < yaml.Length;)
        {
            line++;
            var end = yaml.IndexOf('\n', start);
            if (end < 0) end = yaml.Length;
            var text = yaml.AsSpan(start, end - start);
            var lineStart = start;
            start = end + 1;
            if (text.IsEmpty) continue;

            var keyLength = KeyLength(text);
            if (keyLength == 0 || keyLength + 1 >= text.Length || text[keyLength] != ':' || text[keyLength + 1] != ' ') return null;
            var valueAt = keyLength + 2;
            while (valueAt < text.Length && text[valueAt] == ' ') valueAt++;
            if (valueAt == text.Length) return null;

            var key = yaml.Substring(lineStart, keyLength);
            foreach (var e in entries)
            {
                if (e.Key.Value == key) return null;
            }
            var lineNumber = line + lineOffset;
            var keyNode = new YScalar(source.Location(lineNumber, 1), key, true);
            if (entries.Count == 0) mapStart = keyNode.Start;

            YNode? value = text[valueAt] switch
            {
                '[' => FlowList(source, yaml, lineStart, text, valueAt, lineNumber),
                '"' or '\'' => Quoted(source, yaml, lineStart, text, valueAt, lineNumber),
                _ => Plain(source, yaml, lineStart, text, valueAt, lineNumber),
            };
            if (value is null) return null;
            entries.Add(new YEntry(keyNode, value));
        }
        return entries.Count == 0 ? null : new YMapping(mapStart, ImmutableArray.Create(CollectionsMarshal.AsSpan(entries)));
    }

    // Keys are ASCII words: letters, digits, '_' and (not first) '-'.
    private static int KeyLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_' || (i > 0 && text[i] == '-'))) i++;
        return i;
    }

    private static YScalar? Plain(SourceText source, string yaml, int lineStart, ReadOnlySpan<char> text, int at, int line)
    {
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
        return new YScalar(source.Location(line, at + 1), yaml.Substring(lineStart + at, end - at), true);
    }

    // "…" without escapes, or '…' without doubled quotes, with nothing but spaces after it.
    private static YScalar? Quoted(SourceText source, string yaml, int lineStart, ReadOnlySpan<char> text, int at, int line)
    {
        var quote = text[at];
        var close = at + 1;
        while (close < text.Length && text[close] != quote)
        {
            if (!IsSafe(text[close]) || text[close] == '\\') return null;
            close++;
        }
        if (close == text.Length || !text[(close + 1)..].TrimStart(' ').IsEmpty) return null;
        return new YScalar(source.Location(line, at + 1), yaml.Substring(lineStart + at + 1, close - at - 1), false);
    }

    // [a, b, c] on one line, items plain, with nothing but spaces after it.
    private static YSequence? FlowList(SourceText source, string yaml, int lineStart, ReadOnlySpan<char> text, int at, int line)
    {
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
                items.Add(new YScalar(source.Location(line, start + 1), yaml.Substring(lineStart + start, end - start), true));
                if (text[i++] == ']') break;
                while (i < text.Length && text[i] == ' ') i++;
            }
        }
        if (!text[i..].TrimStart(' ').IsEmpty) return null;
        return new YSequence(source.Location(line, at + 1), ImmutableArray.Create(CollectionsMarshal.AsSpan(items)));
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
