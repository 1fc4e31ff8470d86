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
    private long[] _keyOfSlot = new long[1024];
    private string?[] _wordOfSlot = new string?[1024];
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
    private char[] _normalized = new char[4096];

    // The field being tokenized.
    private int _offset;
    private bool _inTitle;
    private int _position;
    private int _wordChars;
    private int _wordRunes;
    private int _previousCjk;

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

    public SearchDocumentTerms Collect(SearchDocument document, int fieldGap)
    {
        _document++;
        _cjkCount = _wordCount = 0;
        _entries.Clear();
        _positionCount = 0;
        _length = 0;
        Start(0, inTitle: true);
        Feed(document.Title);
        var titleEnd = End();

        // The text, then the district and topic names, each as if on a line of its own (see IndexedText).
        Start(titleEnd + fieldGap, inTitle: false);
        Feed(document.Text);
        if (document.District is { } district)
        {
            EndLine();
            Feed(district.Name);
        }

        foreach (var topic in document.Topics)
        {
            EndLine();
            Feed(topic.Name);
        }

        var bodyUnits = End();

        var cjkSlots = new int[_cjkCount];
        var cjkRanges = new int[_cjkCount * 2];
        var wordSlots = new int[_wordCount];
        var wordRanges = new int[_wordCount * 2];
        int c = 0, w = 0;
        foreach (var entry in CollectionsMarshal.AsSpan(_entries))
        {
            var start = _length;
            if (entry.Single)
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

            if (_wordOfSlot[entry.Slot] is null)
            {
                cjkSlots[c] = entry.Slot;
                cjkRanges[2 * c] = start;
                cjkRanges[(2 * c++) + 1] = _length - start;
            }
            else
            {
                wordSlots[w] = entry.Slot;
                wordRanges[2 * w] = start;
                wordRanges[(2 * w++) + 1] = _length - start;
            }
        }

        return new SearchDocumentTerms(
            this, cjkSlots, cjkRanges, wordSlots, wordRanges, _buffer.AsSpan(0, _length).ToArray(), titleEnd, titleEnd + bodyUnits);
    }

    /// <summary>How many terms this collector has met so far; slots run from 0 to this minus one.</summary>
    public int SlotCount => _slots;

    /// <summary>The CJK term of a slot, as <see cref="CjkKey"/> numbers it.</summary>
    public long CjkKeyOf(int slot) => _keyOfSlot[slot];

    /// <summary>The word of a slot, or null for a CJK term.</summary>
    public string? WordOf(int slot) => _wordOfSlot[slot];

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

        _position = position;
        _wordChars = wordChars;
        _wordRunes = wordRunes;
        _previousCjk = previousCjk;
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
            _wordOfSlot[slot] = word;
        }

        if (_stamps[slot] != _document)
        {
            _wordCount++;
        }

        Append(EntryOf(slot, single: false), position, inTitle, positional: true);
    }

    private void Add(long key, int position, bool inTitle, bool positional)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_cjk, key, out var exists);
        if (!exists)
        {
            slot = NewSlot();
            _keyOfSlot[slot] = key;
        }

        if (_stamps[slot] != _document)
        {
            _cjkCount++;
        }

        Append(EntryOf(slot, single: !positional), position, inTitle, positional);
    }

    private int NewSlot()
    {
        if (_slots == _stamps.Length)
        {
            Array.Resize(ref _stamps, _slots * 2);
            Array.Resize(ref _entryOfSlot, _slots * 2);
            Array.Resize(ref _keyOfSlot, _slots * 2);
            Array.Resize(ref _wordOfSlot, _slots * 2);
        }

        return _slots++;
    }

    // The entry of a slot in the current document, made on the term's first occurrence in it.
    private int EntryOf(int slot, bool single)
    {
        if (_stamps[slot] != _document)
        {
            _stamps[slot] = _document;
            _entryOfSlot[slot] = _entries.Count;
            _entries.Add(new Entry(slot, single, -1));
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

    private struct Entry(int slot, bool single, int first)
    {
        public readonly int Slot = slot;

        // A single CJK character: counts in the title and the text instead of positions.
        public readonly bool Single = single;
        public int First = first;
        public int Last;
        public int Title;
        public int Body;
    }
}
