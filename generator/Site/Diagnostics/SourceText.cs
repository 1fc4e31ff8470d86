namespace Civic.Site.Diagnostics;

/// <summary>
/// The decoded text of one source file, split into lines, so that positions can be turned into
/// <see cref="SourceLocation"/>s and the formatter can show the offending line.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Wraps <paramref name="text"/>, which came from <paramref name="path"/> (relative to the site root).</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = new int[text.AsSpan().Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts[line++] = i + 1;
        _lineStarts = starts;
    }

    /// <summary>Path relative to the site root, '/' separated.</summary>
    public string Path { get; }

    /// <summary>The whole text, without a byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Number of lines; a final newline does not start a new line.</summary>
    public int LineCount =>
        Text.Length > 0 && Text[^1] == '\n' ? _lineStarts.Length - 1 : (Text.Length == 0 ? 0 : _lineStarts.Length);

    /// <summary>The text of a 1-based line without its line break, or null when there is no such line.</summary>
    public string? GetLine(int line)
    {
        if (line < 1 || line > LineCount) return null;
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r') end--;
        return Text[start..Math.Max(start, end)];
    }

    /// <summary>The UTF-16 offset where a 1-based line starts; the text's length past the last line.</summary>
    public int LineStart(int line) => line < 1 ? 0 : line <= _lineStarts.Length ? _lineStarts[line - 1] : Text.Length;

    /// <summary>The location of a UTF-16 offset into <see cref="Text"/>.</summary>
    public SourceLocation LocationAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var lineIndex = index >= 0 ? index : ~index - 1;
        return new SourceLocation(Path, lineIndex + 1, ScalarCount(_lineStarts[lineIndex], offset) + 1);
    }

    /// <summary>
    /// Converts a 1-based column counted in UTF-16 code units (as parsers report it) into one counted in
    /// Unicode scalar values, so characters outside the Basic Multilingual Plane count once.
    /// </summary>
    public SourceLocation Location(int line, int utf16Column)
    {
        if (line < 1 || line > _lineStarts.Length) return new SourceLocation(Path, Math.Max(1, line), Math.Max(1, utf16Column));
        var start = _lineStarts[line - 1];
        var end = Math.Min(Text.Length, start + Math.Max(0, utf16Column - 1));
        return new SourceLocation(Path, line, ScalarCount(start, end) + 1);
    }

    // Scalar values in Text[from..to): the UTF-16 length minus the surrogate pairs that start before 'to'.
    // Pair positions are found once per file, so locating every value of a long line stays linear.
    private int ScalarCount(int from, int to)
    {
        var pairs = _pairStarts ??= FindPairStarts(Text);
        if (pairs.Length == 0) return to - from;
        var before = LowerBound(pairs, to - 1) - LowerBound(pairs, from);
        return to - from - before;
    }

    private int[]? _pairStarts;

    private static int[] FindPairStarts(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDBFF') < 0) return [];
        var list = new List<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) list.Add(i++);
        }
        return [.. list];
    }

    // Index of the first element >= value.
    private static int LowerBound(int[] sorted, int value)
    {
        var i = Array.BinarySearch(sorted, value);
        return i >= 0 ? i : ~i;
    }
}
