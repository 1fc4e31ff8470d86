using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace Civic.Site.Render;

/// <summary>
/// Rendered HTML (UTF-8, as it is written and served) by output path and page-variable fingerprint; lives across
/// rebuilds under <c>serve</c>. Each page also keeps which stories its variables show (found by their URLs), so that
/// after an edit that changed only what some stories display (<see cref="BeginBuild"/>), the other pages are taken as
/// they are without making their variables again.
/// </summary>
public sealed class RenderCache
{
    private static readonly IReadOnlyDictionary<string, string> NoUrls = FrozenDictionary<string, string>.Empty;
    private readonly ConcurrentDictionary<string, Entry> _pages = new(StringComparer.Ordinal);
    private IReadOnlySet<string>? _changed;
    private int _reused;

    /// <summary>Story URLs (every language, root-relative and absolute) → slug, for this build.</summary>
    public IReadOnlyDictionary<string, string> StoryUrls { get; private set; } = NoUrls;

    /// <summary>
    /// Starts a build. <paramref name="changedStories"/>: when not null, nothing but what these stories display changed
    /// since the last build of which every page was rendered or reused; null when anything may have changed.
    /// </summary>
    public void BeginBuild(IReadOnlySet<string>? changedStories, IReadOnlyDictionary<string, string> storyUrls)
    {
        _changed = changedStories;
        _reused = 0;
        StoryUrls = storyUrls;
    }

    public bool TryGet(string outputPath, UInt128 fingerprint, [NotNullWhen(true)] out byte[]? html)
    {
        html = _pages.TryGetValue(outputPath, out var entry) && entry.Fingerprint == fingerprint ? entry.Html : null;
        return html is not null;
    }

    /// <summary>The page as last built, when this build's changes cannot reach it: its variables need not be made.</summary>
    public bool TryReuse(PageJob job, [NotNullWhen(true)] out byte[]? html)
    {
        html = null;
        if (_changed is not { } changed || !_pages.TryGetValue(job.OutputPath, out var entry))
        {
            return false;
        }

        if ((job.Story is { } own && changed.Contains(own)) || entry.Shows.Overlaps(changed))
        {
            return false;
        }

        html = entry.Html;
        Interlocked.Increment(ref _reused);
        return true;
    }

    /// <summary>Pages of the last build taken as they were, without making their variables.</summary>
    public int Reused => _reused;

    public void Set(string outputPath, UInt128 fingerprint, byte[] html, IReadOnlySet<string> shows) =>
        _pages[outputPath] = new Entry(fingerprint, html, shows);

    /// <summary>Forgets everything, e.g. after a theme file changed: every page depends on the theme.</summary>
    public void Clear() => _pages.Clear();

    private sealed record Entry(UInt128 Fingerprint, byte[] Html, IReadOnlySet<string> Shows);
}
