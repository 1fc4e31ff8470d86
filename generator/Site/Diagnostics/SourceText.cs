using System.Collections.Immutable;

namespace Civic.Site.Diagnostics;

/// <summary>
/// The decoded text of one source file, split into lines, so that positions can be turned into
/// <see cref="SourceLocation"/>s and the formatter can show the offending line.
/// </summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    /// <summary>Wraps <paramref name="text"/>, which came from <paramref name="path"/> (relative to the site root).</summary>
    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        _lineStarts = starts.ToImmutable();
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

    /// <summary>The location of a UTF-16 offset into <see cref="Text"/>.</summary>
    public SourceLocation LocationAt(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = _lineStarts.BinarySearch(offset);
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

    private int ScalarCount(int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (char.IsHighSurrogate(Text[i]) && i + 1 < to && char.IsLowSurrogate(Text[i + 1])) i++;
            count++;
        }
        return count;
    }
}
