using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Civic.Site.Emit.Search;

/// <summary>
/// Tokenizes one document exactly as <see cref="SearchTokenizer.Tokenize"/> does, without a string per token: CJK
/// terms are keyed by their code points, words are looked up by span, and each distinct term's posting for this
/// document is encoded straight away (positions, or title and text counts for single CJK characters). One instance
/// per thread; <see cref="Collect"/> returns a result that owns its arrays and names terms by this collector's slots.
/// </summary>
internal sealed partial class SearchTermCollector
{
    // Every term this collector has met, to a slot; a slot's stamp tells whether the current document has the term
    // yet, so nothing is cleared between documents and a word seen before is never made into a string again.
    private readonly Dictionary<long, int> _cjk = [];
    private readonly int[] _singleSlots = new int[0x10000];
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SearchDocumentTerms Collect(SearchDocument document, int fieldGap)
    {
        _document++;
        _cjkCount = _wordCount = 0;
        _entries.Clear();
        _positionCount = 0;
        _length = 0;
        Start(0, inTitle: true);
        Feed(document.Title);
        if (document.TitleEn is { } titleEn)
        {
            EndLine();
            Feed(titleEn);
        }

        var titleEnd = End();

        // The text, then the district and topic names, then the English text, each as if on a line of its own (see
        // IndexedText); the English title likewise follows the Chinese one.
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

        if (document.TextEn is { } textEn)
        {
            EndLine();
            Feed(textEn);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddWord(int length, int position, bool inTitle)
    {
        var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = _word.AsSpan(0, SearchStemmer.Stem(_word.AsSpan(0, length)));
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

    // A single CJK character; those of the BMP (nearly all) find their slot without hashing.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddSingle(int value, int position, bool inTitle)
    {
        if (value >= _singleSlots.Length)
        {
            Add(CjkKey(-1, value), position, inTitle, positional: false);
            return;
        }

        var slot = _singleSlots[value] - 1;
        if (slot < 0)
        {
            slot = NewSlot();
            _singleSlots[value] = slot + 1;
            _keyOfSlot[slot] = CjkKey(-1, value);
        }

        if (_stamps[slot] != _document)
        {
            _cjkCount++;
        }

        Append(EntryOf(slot, single: true), position, inTitle, positional: false);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
}
