using Civic.Site.Diagnostics;

namespace Civic.Site.Emit.Html;

/// <summary>
/// Settles the links the pages left open once every emitter has written, and reports each broken link at the content
/// file behind the page that holds it (a story, a record, or the theme layout for generated pages).
/// </summary>
public static class LinkCheckStep
{
    public static void Run(EmitContext context, LinkLedger ledger)
    {
        var sources = context.Pages.ToDictionary(p => p.OutputPath, p => p.SourcePath, StringComparer.Ordinal);
        // Every writer goes through the staging folder, so its record is the output without listing the disk again.
        foreach (var link in ledger.Finish(context.Output.WrittenFiles))
        {
            var source = sources.TryGetValue(link.Page, out var s) ? s : link.Page;
            context.Diagnostics.Report(BuildDiagnosticCodes.BrokenLink, SourceLocation.StartOf(source), link.Href, "/" + link.Page);
        }
    }
}
