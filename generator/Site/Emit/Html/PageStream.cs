using Civic.Site.Emit.Search;
using Civic.Site.Render;

namespace Civic.Site.Emit.Html;

/// <summary>
/// What happens to each page as soon as it is rendered, on its render thread: it is written into the staging folder,
/// its links go to the <see cref="LinkLedger"/>, its text to the search collector; then its HTML can be dropped, so a
/// build holds one page per thread instead of the whole site.
/// </summary>
public sealed class PageStream(StagingFolder output, LinkLedger links, SearchPageCollector? search, PageScanCache<PageLinks>? scans = null)
{
    public LinkLedger Links => links;

    /// <summary>Safe from many threads for distinct pages.</summary>
    public void Accept(int index, RenderedPage page)
    {
        output.WriteText(page.OutputPath, page.Text.Span);
        var scan = scans is null ? LinkScanner.Scan(page.Text.Span) : scans.GetOrAdd(page.OutputPath, page.Html, LinkScanner.Scan);
        links.Add(page.OutputPath, scan);
        search?.Accept(index, page);
    }
}
