using System.Text;
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
        if (page.Utf8 is not { } html)
        {
            output.WriteText(page.OutputPath, page.Text.Span);
            links.Add(page.OutputPath, LinkScanner.Scan(page.Text.Span));
            search?.Accept(index, page, () => page.Text);
            return;
        }

        // A kept page: read out again only if it changed, and then decoded once for both readers.
        output.WriteBytes(page.OutputPath, html);
        ReadOnlyMemory<char>? text = null;
        ReadOnlyMemory<char> Text() => text ??= Encoding.UTF8.GetString(html).AsMemory();
        links.Add(page.OutputPath, scans is null ? LinkScanner.Scan(Text().Span) : scans.GetOrAdd(page.OutputPath, html, Text, t => LinkScanner.Scan(t.Span)));
        search?.Accept(index, page, Text);
    }
}
