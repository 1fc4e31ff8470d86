using System.Runtime.CompilerServices;
using System.Text;

namespace Civic.Site.Emit.Search;

// Tokenizing a field (the title, or the text and the facet names) piece by piece.
internal sealed partial class SearchTermCollector
{
    private void Start(int offset, bool inTitle)
    {
        _offset = offset;
        _inTitle = inTitle;
        _position = 0;
        _wordChars = _wordRunes = 0;
        _previousCjk = -1;
    }

    // Where a line break would be: the word so far ends, and no bigram spans it.
    private void EndLine()
    {
        if (_wordRunes > 0)
        {
            AddWord(_wordChars, _position++ + _offset, _inTitle);
            _wordChars = _wordRunes = 0;
        }

        _previousCjk = -1;
    }

    // The number of positions the field takes (its last token's position + 1).
    private int End()
    {
        EndLine();
        return _position;
    }

    // NFKC commutes with the joins EndLine stands for: nothing composes with a line break.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Feed(string text)
    {
        var normalized = SearchNormalizer.Normalize(text, ref _normalized);
        var offset = _offset;
        var inTitle = _inTitle;
        var position = _position;
        var wordChars = _wordChars;
        var wordRunes = _wordRunes;
        var previousCjk = _previousCjk;
        var i = 0;
        while (i < normalized.Length)
        {
            int value;
            Rune rune;
            var c = normalized[i];
            if (c < 0x80)
            {
                // ASCII: a word character is a letter or digit, lower-cased by hand.
                i++;
                previousCjk = -1;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    if (wordRunes < SearchTokenizer.MaxWordLength)
                    {
                        _word[wordChars++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                    }

                    wordRunes++;
                }
                else if (wordRunes > 0)
                {
                    AddWord(wordChars, position++ + offset, inTitle);
                    wordChars = wordRunes = 0;
                }

                continue;
            }

            Rune.DecodeFromUtf16(normalized[i..], out rune, out var consumed);
            i += consumed;
            value = rune.Value;
            if (SearchTokenizer.IsCjk(value))
            {
                if (wordRunes > 0)
                {
                    AddWord(wordChars, position++ + offset, inTitle);
                    wordChars = wordRunes = 0;
                }

                AddSingle(value, position + offset, inTitle);
                if (previousCjk >= 0)
                {
                    Add(CjkKey(previousCjk, value), position - 1 + offset, inTitle, positional: true);
                }

                previousCjk = value;
                position++;
                continue;
            }

            previousCjk = -1;
            if (SearchTokenizer.IsWordRune(rune))
            {
                if (wordRunes < SearchTokenizer.MaxWordLength)
                {
                    wordChars += Rune.ToLowerInvariant(rune).EncodeToUtf16(_word.AsSpan(wordChars));
                }

                wordRunes++;
            }
            else if (wordRunes > 0)
            {
                AddWord(wordChars, position++ + offset, inTitle);
                wordChars = wordRunes = 0;
            }
        }

        _position = position;
        _wordChars = wordChars;
        _wordRunes = wordRunes;
        _previousCjk = previousCjk;
    }
}
