using System.Collections.Concurrent;

namespace Civic.Site.Render;

/// <summary>Rendered HTML by output path and page-variable fingerprint; lives across rebuilds under <c>serve</c>.</summary>
public sealed class RenderCache
{
    private readonly ConcurrentDictionary<string, (UInt128 Fingerprint, string Html)> _pages = new(StringComparer.Ordinal);

    public bool TryGet(string outputPath, UInt128 fingerprint, out string html)
    {
        if (_pages.TryGetValue(outputPath, out var entry) && entry.Fingerprint == fingerprint)
        {
            html = entry.Html;
            return true;
        }

        html = string.Empty;
        return false;
    }

    public void Set(string outputPath, UInt128 fingerprint, string html) => _pages[outputPath] = (fingerprint, html);

    /// <summary>Forgets everything, e.g. after a theme file changed: every page depends on the theme.</summary>
    public void Clear() => _pages.Clear();
}
