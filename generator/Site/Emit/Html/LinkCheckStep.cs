using Civic.Site.Diagnostics;
using Civic.Site.Render;

namespace Civic.Site.Emit.Html;

/// <summary>
/// Settles the links the pages left open once every emitter has written, and reports each broken link at the content
/// file behind the page that holds it (a story, a record, or the theme layout for generated pages): at the line of
/// the link when the file is Markdown that writes it, once for all the pages that show it.
/// </summary>
public static class LinkCheckStep
{
    /// <summary>How many pages one report names before it counts the rest.</summary>
    private const int PagesNamed = 3;

    public static void Run(EmitContext context, LinkLedger ledger)
    {
        var sources = context.Pages.ToDictionary(p => p.OutputPath, p => p.SourcePath, StringComparer.Ordinal);
        var root = context.Model.RootPath;
        var basePath = context.Urls.BasePath;
        // Every writer goes through the staging folder, so its record is the output without listing the disk again.
        // Grouped before the source is searched, so a file is parsed once per broken link, not once per page showing it.
        var reports = ledger.Finish(context.Output.WrittenFiles)
            .GroupBy(link => (Source: sources.TryGetValue(link.Page, out var s) ? s : link.Page, Href: MarkdownLinkLocator.Decode(link.Href)));
        foreach (var report in reports)
        {
            var href = report.First().Href;
            var location = MarkdownLinkLocator.Find(root, report.Key.Source, written => MarkdownLinkLocator.SameDestination(href, written, basePath));
            var pages = report.Select(l => PageUrl(basePath + l.Page)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            context.Diagnostics.Report(BuildDiagnosticCodes.BrokenLink, location, report.Key.Href, Describe(pages));
        }
    }

    /// <summary>"page /a/", "pages /a/ and /en/a/", or the first few and how many more.</summary>
    private static string Describe(IReadOnlyList<string> pages) => pages.Count switch
    {
        1 => "page " + pages[0],
        2 => $"pages {pages[0]} and {pages[1]}",
        <= PagesNamed => $"pages {string.Join(", ", pages.Take(pages.Count - 1))} and {pages[^1]}",
        _ => $"pages {string.Join(", ", pages.Take(PagesNamed))} and {pages.Count - PagesNamed} more",
    };

    /// <summary>The page's address as a reader sees it: <c>/stories/a/</c> rather than <c>/stories/a/index.html</c>.</summary>
    private static string PageUrl(string path) =>
        path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
