namespace Civic.Site.Emit.Html;

/// <summary>
/// Finds internal links in a built site's HTML that lead nowhere: a missing file, or a missing #fragment on a page of
/// the site. Links to other hosts are not followed (the build makes no request). The build itself checks its pages
/// as it writes them (<see cref="LinkLedger"/>); this checks a folder as it is on disk.
/// </summary>
/// <param name="root">The folder holding the whole built site.</param>
/// <param name="basePath">The path the site is served under, "/" or "/sub/".</param>
public sealed class LinkChecker(string root, string basePath)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>Checks every .html file under the root.</summary>
    public IReadOnlyList<BrokenLink> CheckAll()
    {
        var files = SiteFiles(_root);
        var pages = files.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var ledger = new LinkLedger(new LinkResolver(basePath), files.Contains);
        Parallel.ForEach(pages, page => ledger.Add(page, LinkScanner.Scan(File.ReadAllText(Path.Combine(_root, page)))));
        return ledger.Finish(files);
    }

    /// <summary>Every file under <paramref name="root"/>, as site paths with '/' separators.</summary>
    public static HashSet<string> SiteFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
}
