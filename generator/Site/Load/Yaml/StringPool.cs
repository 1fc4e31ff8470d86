using System.Collections.Concurrent;
using System.Text;

namespace Civic.Site.Load.Yaml;

/// <summary>
/// Hands out one string for each short ASCII text seen while loading a site (keys, ids, dates, flags), so ten
/// thousand stories naming the same topic hold one copy of it. Thread-safe; the pool stops growing at a limit,
/// after which texts not yet in it are simply copied.
/// </summary>
internal sealed class StringPool
{
    // Longer texts (titles, summaries) are rarely repeated; pooling them would only cost a lookup.
    private const int MaxLength = 32;
    private const int MaxCount = 1 << 16;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count; // not the dictionary's Count, which takes every lock

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled string equal to <paramref name="text"/>, or a new one when it is not pooled.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength || !Ascii.IsValid(text))
        {
            return new string(text);
        }

        if (_bySpan.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = new string(text);
        if (Volatile.Read(ref _count) >= MaxCount)
        {
            return made;
        }

        var kept = _strings.GetOrAdd(made, made);
        if (ReferenceEquals(kept, made))
        {
            Interlocked.Increment(ref _count);
        }

        return kept;
    }
}
