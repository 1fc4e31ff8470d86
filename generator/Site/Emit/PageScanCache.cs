using System.Collections.Concurrent;

namespace Civic.Site.Emit;

/// <summary>
/// What was read out of each page in the previous build of a <c>serve</c> run (its links, its search text). Unchanged
/// pages come from the render cache as the very same array, so a reference check tells the result still holds.
/// </summary>
public sealed class PageScanCache<T>
{
    private readonly ConcurrentDictionary<string, (byte[] Html, T Result)> _entries = new(StringComparer.Ordinal);

    /// <param name="text">The page's text, asked for only when the page changed.</param>
    public T GetOrAdd(string page, byte[] html, Func<ReadOnlyMemory<char>> text, Func<ReadOnlyMemory<char>, T> scan)
    {
        if (_entries.TryGetValue(page, out var entry) && ReferenceEquals(entry.Html, html))
        {
            return entry.Result;
        }

        var result = scan(text());
        _entries[page] = (html, result);
        return result;
    }
}
