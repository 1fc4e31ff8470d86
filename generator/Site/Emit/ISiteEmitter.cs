namespace Civic.Site.Emit;

/// <summary>
/// A writer of part of the output (HTML pages, theme assets, open data, feeds, sitemap, search index).
/// Emitters are listed explicitly in <see cref="BuildPipeline.Emitters"/> and run in that order.
/// </summary>
public interface ISiteEmitter
{
    /// <summary>
    /// A short stable name. Templates see it as <c>site.outputs.&lt;name&gt;</c>, so the theme links feeds,
    /// downloads or search only when the writer that makes them runs.
    /// </summary>
    string Name { get; }

    /// <summary>
    /// True for a writer that needs what was read out of the rendered pages (<see cref="EmitContext.SearchDocuments"/>):
    /// it runs after the pages. The others run before them, so the pages' links to their files are settled as each
    /// page is written.
    /// </summary>
    bool ReadsPages => false;

    /// <summary>Writes into <see cref="EmitContext.Output"/>; problems go to <see cref="EmitContext.Diagnostics"/>.</summary>
    void Emit(EmitContext context);
}
