using Civic.Site.Diagnostics;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Emit;

/// <summary>What every emitter gets: the model, the rendered pages, the URL scheme and the staging folder.</summary>
/// <param name="Model">The immutable site model (drafts included; see <see cref="Index"/> for what is published).</param>
/// <param name="Index">Published stories and lookups, as the pages show them.</param>
/// <param name="Pages">Every rendered page, in plan order. In a build the HTML is written and dropped as each page
/// renders (<see cref="RenderedPage.Html"/> is empty here): what later writers need from it is read out on the way.</param>
/// <param name="Urls">URLs and output paths.</param>
/// <param name="Theme">The theme folder.</param>
/// <param name="Output">Where to write; swapped into the output folder only if the build succeeds.</param>
/// <param name="Diagnostics">Where problems go.</param>
public sealed record EmitContext(
    SiteModel Model,
    SiteIndex Index,
    IReadOnlyList<RenderedPage> Pages,
    SiteUrls Urls,
    ThemeFiles Theme,
    StagingFolder Output,
    DiagnosticBag Diagnostics)
{
    /// <summary>A serve build: outputs may favour rebuild speed over size (e.g. lighter compression), never content.</summary>
    public bool Preview { get; init; }

    /// <summary>The open-data files when the build made them already for the landing pages; emitters reuse them.</summary>
    public OpenData.OpenDataOutput? OpenData { get; init; }

    /// <summary>A story's body as HTML, as its page shows it (shared with the pages, so each body is rendered once).</summary>
    public Func<Model.Story, string>? StoryBody { get; init; }

    /// <summary>Search terms of documents an earlier build of a serve session tokenized, or null.</summary>
    public Search.SearchTermsCache? SearchTerms { get; init; }

    /// <summary>The search documents read out of the pages while they rendered; null when the pages still hold their HTML.</summary>
    public IReadOnlyList<Search.SearchDocument>? SearchDocuments { get; init; }
}
