using System.Collections.Concurrent;

namespace Civic.Site.Emit;

/// <summary>
/// What was read out of each page in the previous build of a <c>serve</c> run (its links, its search text). Unchanged
/// pages come from the render cache as the very same string instance, so a reference check tells the result still holds.
/// </summary>
public sealed class PageScanCache<T>
{
    private readonly ConcurrentDictionary<string, (string Html, T Result)> _entries = new(StringComparer.Ordinal);

    public T GetOrAdd(string page, string html, Func<string, T> scan)
    {
        if (_entries.TryGetValue(page, out var entry) && ReferenceEquals(entry.Html, html))
        {
            return entry.Result;
        }

        var result = scan(html);
        _entries[page] = (html, result);
        return result;
    }
}
