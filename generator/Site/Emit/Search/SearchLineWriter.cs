using System.Buffers;
using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Collects page text as the index stores it, while it is read: runs of white space become one space, lines hold no
/// leading or trailing space and empty lines disappear. Line breaks in the source are spaces; only
/// <see cref="EndLine"/> (a block boundary) ends a line.
/// </summary>
internal sealed class SearchLineWriter
{
    private static readonly SearchValues<char> Separators = SearchValues.Create(" \t\r\n\u00a0");

    private readonly StringBuilder _text = new();
    private bool _lineHasText;
    private bool _pendingSpace;

    public void Clear()
    {
        _text.Clear();
        _lineHasText = false;
        _pendingSpace = false;
    }

    public void Append(ReadOnlySpan<char> data)
    {
        while (data.Length > 0)
        {
            // Words go in whole; only the separators between them are looked at one by one.
            var word = data.IndexOfAny(Separators);
            if (word < 0)
            {
                word = data.Length;
            }

            if (word > 0)
            {
                if (!_lineHasText)
                {
                    if (_text.Length > 0)
                    {
                        _text.Append('\n');
                    }

                    _lineHasText = true;
                }
                else if (_pendingSpace)
                {
                    _text.Append(' ');
                }

                _pendingSpace = false;
                _text.Append(data[..word]);
                data = data[word..];
            }

            if (data.Length > 0)
            {
                var gap = data.IndexOfAnyExcept(Separators);
                _pendingSpace = _lineHasText;
                data = gap < 0 ? [] : data[gap..];
            }
        }
    }

    public void EndLine()
    {
        _lineHasText = false;
        _pendingSpace = false;
    }

    public override string ToString() => _text.ToString();

    /// <summary>The characters that separate words in the stored text.</summary>
    public static bool IsSeparator(char c) => c is ' ' or '\t' or '\r' or '\n' or '\u00a0';

    /// <summary>Collapses white space (<paramref name="formFeed"/>: U+000C counts as white space too) and trims.</summary>
    public static string Collapse(StringBuilder raw, bool formFeed)
    {
        var result = new StringBuilder(raw.Length);
        var pending = false;
        foreach (var chunk in raw.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (IsSeparator(c) || (formFeed && c == '\f'))
                {
                    pending = result.Length > 0;
                    continue;
                }

                if (pending)
                {
                    result.Append(' ');
                    pending = false;
                }

                result.Append(c);
            }
        }

        return result.ToString();
    }
}
