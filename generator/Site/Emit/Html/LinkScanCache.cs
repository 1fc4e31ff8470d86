using System.Collections.Concurrent;

namespace Civic.Site.Emit.Html;

/// <summary>
/// The ids and links of each page from the previous build of a <c>serve</c> run. Unchanged pages come from the render
/// cache as the same string instance, so a reference check is enough to know the scan is still valid.
/// </summary>
public sealed class LinkScanCache
{
    private readonly ConcurrentDictionary<string, (string Html, (HashSet<string> Ids, List<(string Href, string Element)> Links) Scan)> _scans = new(StringComparer.Ordinal);

    internal (HashSet<string> Ids, List<(string Href, string Element)> Links) GetOrScan(
        string page, string html, Func<string, (HashSet<string>, List<(string, string)>)> scan)
    {
        if (_scans.TryGetValue(page, out var entry) && ReferenceEquals(entry.Html, html))
        {
            return entry.Scan;
        }

        var result = scan(html);
        _scans[page] = (html, result);
        return result;
    }
}
