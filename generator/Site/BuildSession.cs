using Civic.Site.Emit;
using Civic.Site.Emit.Html;
using Civic.Site.Render;

namespace Civic.Site;

/// <summary>
/// State kept between builds of one <c>serve</c> run so that a rebuild redoes only what changed: rendered Markdown
/// by body, rendered pages by the fingerprint of their variables, and what was read out of each page. A one-off
/// <c>build</c> keeps no page in memory (<paramref name="keepPages"/> false): each is written and dropped.
/// </summary>
/// <param name="keepPages">Keep every page's HTML and scans for the next build (serve).</param>
public sealed class BuildSession(bool keepPages = false)
{
    public MarkdownCache Markdown { get; } = new();

    /// <summary>Render, check and write nothing (<c>check</c>): the output folder and its spare are left as they are.</summary>
    public bool DiscardOutput { get; init; }

    /// <summary>Parsed content files by path, size and write time (serve re-reads only changed files).</summary>
    public Load.LoadCache? LoadCache { get; } = keepPages ? new() : null;

    public RenderCache? Pages { get; } = keepPages ? new() : null;

    public PageScanCache<PageLinks>? LinkScans { get; } = keepPages ? new() : null;

    public PageScanCache<(string Title, string Text)>? SearchTexts { get; } = keepPages ? new() : null;

    /// <summary>Each search document's terms, so an index rebuild tokenizes only the documents that changed.</summary>
    public Emit.Search.SearchTermsCache? SearchTerms { get; } = keepPages ? new() : null;

    /// <summary>What the output folder and its spare hold, so a rebuild neither reads nor rewrites unchanged files.</summary>
    public OutputLedger? Outputs { get; } = keepPages ? new() : null;

    /// <summary>The open data of the last build and the stamp of the files it came from (data/ and site.yml).</summary>
    public (string Stamp, Emit.OpenData.OpenDataOutput Output)? OpenData { get; set; }

    /// <summary>Whether outputs may be reused across builds (serve).</summary>
    public bool KeepsPages => Pages is not null;

    /// <summary>Remove the replaced output in the background (serve: the next request need not wait for it).</summary>
    public bool RemovePreviousInBackground { get; init; }

    /// <summary>
    /// Called once every page of a build has rendered without error, with each page's HTML (UTF-8) by site path (such as
    /// <c>stories/a/index.html</c>), before the writers that read the pages, the link check and the commit: serve
    /// shows the pages from memory at once, while the rest of the output follows.
    /// </summary>
    public Action<IReadOnlyDictionary<string, byte[]>>? PagesRendered { get; init; }

    /// <summary>
    /// Called, when nothing but a few stories changed since the last build (see <see cref="Serve.StoryEdits"/>),
    /// with those stories' own pages by site path, rendered before any other page: serve shows them while the pages
    /// that list the stories render. <see cref="PagesRendered"/> follows with every page.
    /// </summary>
    public Action<IReadOnlyDictionary<string, byte[]>>? EditedPagesRendered { get; init; }

    /// <summary>The theme and its parsed templates, by theme name and languages, while no theme file changes.</summary>
    public (string Key, ThemeFiles Theme, TemplateBridge Templates)? Theme { get; set; }

    /// <summary>
    /// The last build of which every page was rendered or reused: a later build that differs only in some stories'
    /// text makes the variables of their pages only.
    /// </summary>
    internal Serve.PublishedBuild? LastPublished { get; set; }

    /// <summary>
    /// What changed since the last build, as site-relative paths of the files and folders a file watcher reported;
    /// null when it is not known. The next build takes it: it then looks only at these files' stamps.
    /// </summary>
    public IReadOnlySet<string>? Changes { get; set; }

    private (string Root, string Stamp)? _dataStamp;

    /// <summary>The <see cref="InputStamp"/> of data/ and site.yml, taken again only when <paramref name="changes"/> may reach them.</summary>
    internal string DataStamp(string root, IReadOnlySet<string>? changes)
    {
        if (_dataStamp is { } last && last.Root == root && changes is not null
            && !changes.Any(p => p is "site.yml" or "data" || p.StartsWith("data/", StringComparison.Ordinal)))
        {
            return last.Stamp;
        }

        var stamp = InputStamp.Of(root, ["data"], ["site.yml"]);
        _dataStamp = (root, stamp);
        return stamp;
    }

    /// <summary>Call when a theme file changed: every page depends on the theme.</summary>
    public void ThemeChanged()
    {
        Pages?.Clear();
        Theme = null;
        LastPublished = null;
    }
}
