using System.Collections.Concurrent;

namespace Civic.Site.Emit.Html;

/// <summary>
/// The link check of a build that streams its pages: each page is scanned on its render thread and its links are
/// settled there when they point at a page of the build or a file already written; only #fragments on other pages
/// and files not written yet wait for <see cref="Finish"/>, so no page's HTML has to stay in memory.
/// </summary>
/// <param name="resolver">Turns hrefs into site paths.</param>
/// <param name="exists">Whether a site path (such as <c>stories/a/index.html</c>) is a page the build writes or a file it wrote.</param>
public sealed class LinkLedger(LinkResolver resolver, Func<string, bool> exists)
{
    private readonly ConcurrentDictionary<string, string[]> _ids = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Page, int Order, PageLink Link)> _broken = [];
    private readonly ConcurrentBag<(string Page, int Order, PageLink Link, LinkTarget Target)> _pending = [];

    // Root-relative hrefs without a fragment mean the same on every page, and most links of a site are such
    // (navigation, cards): once one is found to lead to a page or written file, it is not resolved again.
    private readonly ConcurrentDictionary<string, byte> _settled = new(StringComparer.Ordinal);

    /// <summary>Settles what it can of one page's links; safe from many threads for distinct pages.</summary>
    public void Add(string page, PageLinks scan)
    {
        if (scan.Ids.Count > 0)
        {
            var ids = scan.Ids.ToArray();
            Array.Sort(ids, StringComparer.Ordinal);
            _ids[page] = ids;
        }

        for (var order = 0; order < scan.Links.Count; order++)
        {
            var link = scan.Links[order];
            if (_settled.ContainsKey(link.Href))
            {
                continue;
            }

            var target = resolver.Resolve(page, link.Href);
            if (!target.Checked)
            {
                continue;
            }

            if (target.Path is null)
            {
                _broken.Add((page, order, link));
                continue;
            }

            var planned = target.Candidates().FirstOrDefault(exists);
            if (planned is null)
            {
                _pending.Add((page, order, link, target));
            }
            else if (string.IsNullOrEmpty(target.Fragment) || !planned.EndsWith(".html", StringComparison.Ordinal))
            {
                if (target.Fragment is null && link.Href.StartsWith('/') && !link.Href.StartsWith("//", StringComparison.Ordinal))
                {
                    _settled.TryAdd(link.Href, 0);
                }

                continue;
            }
            else if (planned == page)
            {
                if (!scan.Ids.Contains(target.Fragment))
                {
                    _broken.Add((page, order, link));
                }
            }
            else
            {
                _pending.Add((page, order, link, target with { Path = planned }));
            }
        }
    }

    /// <summary>The broken links, by page and then in the order <see cref="LinkScanner"/> lists them.</summary>
    /// <param name="files">Every file of the finished output, as site paths.</param>
    public IReadOnlyList<BrokenLink> Finish(IReadOnlySet<string> files)
    {
        var broken = _broken.ToList();
        foreach (var (page, order, link, target) in _pending)
        {
            var file = target.Candidates().FirstOrDefault(files.Contains);
            if (file is null || !HasFragment(file, target.Fragment))
            {
                broken.Add((page, order, link));
            }
        }

        return [.. broken
            .OrderBy(b => b.Page, StringComparer.Ordinal)
            .ThenBy(b => b.Order)
            .Select(b => new BrokenLink(b.Page, b.Link.Href, LinkScanner.ElementOf(b.Link)))];
    }

    private bool HasFragment(string file, string? fragment) =>
        string.IsNullOrEmpty(fragment)
        || !file.EndsWith(".html", StringComparison.Ordinal)
        || (_ids.TryGetValue(file, out var ids) && Array.BinarySearch(ids, fragment, StringComparer.Ordinal) >= 0);
}
