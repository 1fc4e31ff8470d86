using System.Runtime.InteropServices;
using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Tokenizes one document exactly as <see cref="SearchTokenizer.Tokenize"/> does, without a string per token: CJK
/// terms are keyed by their code points, words are looked up by span, and each distinct term's posting for this
/// document is encoded straight away (positions, or title and text counts for single CJK characters). One instance
/// per thread; <see cref="Collect"/> returns a result that owns its arrays.
/// </summary>
internal sealed class SearchTermCollector
{
    // Every term this collector has met, to a slot; a slot's stamp tells whether the current document has the term
    // yet, so nothing is cleared between documents and a word seen before is never made into a string again.
    private readonly Dictionary<long, int> _cjk = [];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly List<Entry> _entries = [];
    private int[] _stamps = new int[1024];
    private int[] _entryOfSlot = new int[1024];
    private int _slots;
    private int _document;
    private int _cjkCount;
    private int _wordCount;
    private readonly char[] _word = new char[(SearchTokenizer.MaxWordLength * 2) + 2];
    private int[] _positions = new int[1024];
    private int[] _next = new int[1024];
    private int _positionCount;
    private byte[] _buffer = new byte[4096];
    private int _length;

    /// <summary>
    /// A CJK term as a number: one code point (a single character) or two (a bigram), each below 2^21, so the key
    /// is unique and cheap to hash.
    /// </summary>
    public static long CjkKey(int first, int second) => ((long)(first + 1) << 21) | (uint)second;

    public static string CjkTerm(long key)
    {
        var high = (int)(key >> 21);
        var low = new Rune((int)(key & 0x1FFFFF));
        return high == 0 ? low.ToString() : new Rune(high - 1).ToString() + low.ToString();
    }

    public SearchDocumentTerms Collect(string title, string text, int fieldGap)
    {
        _document++;
        _cjkCount = _wordCount = 0;
        _entries.Clear();
        _positionCount = 0;
        _length = 0;
        var titleEnd = Tokenize(title, 0, inTitle: true);
        var bodyUnits = Tokenize(text, titleEnd + fieldGap, inTitle: false);

        var cjkKeys = new long[_cjkCount];
        var cjkRanges = new int[_cjkCount * 2];
        var words = new string[_wordCount];
        var wordRanges = new int[_wordCount * 2];
        int c = 0, w = 0;
        foreach (var entry in CollectionsMarshal.AsSpan(_entries))
        {
            var start = _length;
            if (entry.Word is null && (entry.Key >> 21) == 0)
            {
                WriteVarint(entry.Title);
                WriteVarint(entry.Body);
            }
            else
            {
                WriteVarint(entry.Title + entry.Body);
                var last = 0;
                for (var p = entry.First; p >= 0; p = _next[p])
                {
                    WriteVarint(_positions[p] - last);
                    last = _positions[p];
                }
            }

            if (entry.Word is null)
            {
                cjkKeys[c] = entry.Key;
                cjkRanges[2 * c] = start;
                cjkRanges[(2 * c++) + 1] = _length - start;
            }
            else
            {
                words[w] = entry.Word;
                wordRanges[2 * w] = start;
                wordRanges[(2 * w++) + 1] = _length - start;
            }
        }

        return new SearchDocumentTerms(cjkKeys, cjkRanges, words, wordRanges, _buffer.AsSpan(0, _length).ToArray(), titleEnd, titleEnd + bodyUnits);
    }

    // Returns the number of positions the text takes (its last token's position + 1).
    private int Tokenize(string text, int offset, bool inTitle)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).AsSpan();
        var position = 0;
        var wordChars = 0;
        var wordRunes = 0;
        var previousCjk = -1;
        var i = 0;
        while (i < normalized.Length)
        {
            Rune.DecodeFromUtf16(normalized[i..], out var rune, out var consumed);
            i += consumed;
            var value = rune.Value;
            if (SearchTokenizer.IsCjk(value))
            {
                if (wordRunes > 0)
                {
                    AddWord(wordChars, position++ + offset, inTitle);
                    wordChars = wordRunes = 0;
                }

                Add(CjkKey(-1, value), position + offset, inTitle, positional: false);
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

        if (wordRunes > 0)
        {
            AddWord(wordChars, position++ + offset, inTitle);
        }

        return position;
    }

    private void AddWord(int length, int position, bool inTitle)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = _word.AsSpan(0, length);
        if (!lookup.TryGetValue(span, out var word, out var slot))
        {
            word = span.ToString();
            slot = NewSlot();
            _words.Add(word, slot);
        }

        if (_stamps[slot] != _document)
        {
            _wordCount++;
        }

        Append(EntryOf(slot, 0, word), position, inTitle, positional: true);
    }

    private void Add(long key, int position, bool inTitle, bool positional)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_cjk, key, out var exists);
        if (!exists)
        {
            slot = NewSlot();
        }

        if (_stamps[slot] != _document)
        {
            _cjkCount++;
        }

        Append(EntryOf(slot, key, null), position, inTitle, positional);
    }

    private int NewSlot()
    {
        if (_slots == _stamps.Length)
        {
            Array.Resize(ref _stamps, _slots * 2);
            Array.Resize(ref _entryOfSlot, _slots * 2);
        }

        return _slots++;
    }

    // The entry of a slot in the current document, made on the term's first occurrence in it.
    private int EntryOf(int slot, long key, string? word)
    {
        if (_stamps[slot] != _document)
        {
            _stamps[slot] = _document;
            _entryOfSlot[slot] = _entries.Count;
            _entries.Add(new Entry(key, word, -1));
        }

        return _entryOfSlot[slot];
    }

    private void Append(int index, int position, bool inTitle, bool positional)
    {
        ref var entry = ref CollectionsMarshal.AsSpan(_entries)[index];
        if (inTitle)
        {
            entry.Title++;
        }
        else
        {
            entry.Body++;
        }

        if (!positional)
        {
            return;
        }

        if (_positionCount == _positions.Length)
        {
            Array.Resize(ref _positions, _positions.Length * 2);
            Array.Resize(ref _next, _next.Length * 2);
        }

        var slot = _positionCount++;
        _positions[slot] = position;
        _next[slot] = -1;
        if (entry.First < 0)
        {
            entry.First = slot;
        }
        else
        {
            _next[entry.Last] = slot;
        }

        entry.Last = slot;
    }

    private void WriteVarint(int value)
    {
        if (_buffer.Length - _length < 5)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            _buffer[_length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _buffer[_length++] = (byte)v;
    }

    private struct Entry(long key, string? word, int first)
    {
        public readonly long Key = key;
        public readonly string? Word = word;
        public int First = first;
        public int Last;
        public int Title;
        public int Body;
    }
}
