namespace Civic.Site.Render;

/// <summary>
/// One page to render: its layout, its URL and the file it comes from (named in diagnostics about the page).
/// The page model is built on the render thread, so the work of making it runs in parallel too.
/// </summary>
/// <param name="Kind">
/// home, story, story-list, record, record-list, term, term-list, data-catalogue, dataset, page, search, 404; and
/// record-page, term-page for page 2 and on of a record's or a term's stories (left out of the search index).
/// </param>
/// <param name="Language">The interface language.</param>
/// <param name="Url">Root-relative URL including the base path.</param>
/// <param name="OutputPath">File under the output folder.</param>
/// <param name="Layout">Theme path of the layout, e.g. layouts/story.sbn.</param>
/// <param name="SourcePath">The content file behind the page, relative to the site root (the layout for generated pages).</param>
/// <param name="BuildModel">Makes the page's template variables.</param>
public sealed record PageJob(
    string Kind,
    string Language,
    string Url,
    string OutputPath,
    string Layout,
    string SourcePath,
    Func<Dictionary<string, object?>> BuildModel)
{
    /// <summary>The slug of the story the page is about (a story page), else null.</summary>
    public string? Story { get; init; }

    /// <summary>
    /// Reports again the warnings <see cref="BuildModel"/> reports (the unsafe links of the Markdown the page shows),
    /// for a page whose variables are reused instead of made; null when it reports none.
    /// </summary>
    public Action? ReportWarnings { get; init; }
}
