using Civic.Site.Diagnostics;

namespace Civic.Site.Emit.Html;

/// <summary>
/// Runs the link checker over the staged site after every emitter and reports each broken link at the content
/// file behind the page that holds it (a story, a record, or the theme layout for generated pages).
/// </summary>
public static class LinkCheckStep
{
    public static void Run(EmitContext context)
    {
        var sources = context.Pages.ToDictionary(p => p.OutputPath, p => p.SourcePath, StringComparer.Ordinal);
        var checker = new LinkChecker(context.Output.Root, context.Urls.BasePath);
        foreach (var link in checker.CheckAll())
        {
            var source = sources.TryGetValue(link.Page, out var s) ? s : link.Page;
            context.Diagnostics.Report(BuildDiagnosticCodes.BrokenLink, SourceLocation.StartOf(source), link.Href, "/" + link.Page);
        }
    }
}
