using Civic.Site.Diagnostics;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Serve;

/// <summary>
/// One build under <c>serve</c>, set against the last one of which every page was rendered or reused: when nothing
/// but a few stories changed since, their own pages are rendered and shown before the rest of the site; when nothing
/// but their text changed (<see cref="StoryEdits"/>), the site index and the stories' URLs of that build are taken
/// again, and the render cache is told which stories to look for.
/// </summary>
internal sealed class StoryEditBuild
{
    // An edit to more stories than this (a search and replace, a branch checked out) is not worth showing page by page.
    private const int MaxShownFirst = 16;

    private readonly BuildSession _session;
    private readonly SiteModel _model;
    private readonly string _key;
    private readonly ThemeFiles _theme;
    private readonly PublishedBuild? _last;
    private IReadOnlyDictionary<string, string>? _storyUrls;

    private StoryEditBuild(BuildSession session, SiteModel model, string key, ThemeFiles theme)
    {
        (_session, _model, _key, _theme) = (session, model, key, theme);
        if (session.LastPublished is { } last && last.Key == key && ReferenceEquals(last.Theme, theme))
        {
            Changed = StoryEdits.Between(last.Model, model);
            _last = Changed is null ? null : last;
            Touched = Changed ?? StoryEdits.Touched(last.Model, model);
        }
    }

    /// <summary>The stories whose text alone changed since the last published build, or null when anything may have.</summary>
    public IReadOnlySet<string>? Changed { get; }

    /// <summary>
    /// The stories added or changed in any way since the last published build when nothing but stories did, else null:
    /// their own pages are rendered and shown before the rest of the site.
    /// </summary>
    public IReadOnlySet<string>? Touched { get; }

    /// <summary>Null for a one-off build (no render cache) or without the stamp of data/ and site.yml.</summary>
    /// <param name="inputs">Everything else the pages depend on besides the model and the theme: the data stamp, base URL, options.</param>
    public static StoryEditBuild? Start(BuildSession session, SiteModel model, string? dataStamp, string inputs, ThemeFiles theme) =>
        session.Pages is null || dataStamp is null ? null : new StoryEditBuild(session, model, dataStamp + "\n" + inputs, theme);

    public SiteIndex Index(bool includeDrafts) =>
        _last is { } last ? last.Index.Rebind(_model, includeDrafts) : new SiteIndex(_model, includeDrafts);

    /// <summary>
    /// Renders the own pages of the stories the edit touched (<see cref="Touched"/>), before the rest of the site is
    /// planned, and hands them to the session's <see cref="BuildSession.EditedPagesRendered"/> when they rendered without
    /// error. What they report is reported again by the full render that follows, which renders them again (a few
    /// milliseconds), so it is left to that render. Call before <see cref="BeginRender"/>: the render cache is not used.
    /// </summary>
    /// <returns>Whether the pages were shown.</returns>
    public bool ShowTouchedFirst(SiteIndex index, SiteUrls urls, RenderSettings settings, TemplateBridge templates)
    {
        if (Touched is not { Count: > 0 and <= MaxShownFirst } touched || _session.EditedPagesRendered is not { } show)
        {
            return false;
        }

        var jobs = PagePlanner.Plan(_model, index, urls, _theme, settings, _session.Markdown, touched);
        var quiet = new DiagnosticBag();
        _session.Markdown.Diagnostics = quiet;
        var html = new byte[]?[jobs.Count];
        new PageRenderer(templates).Render(jobs, quiet, (i, page) => html[i] = RenderedPage.Encode(page.Text.Span));
        if (quiet.HasErrors || html.Any(h => h is null))
        {
            return false;
        }

        show(jobs.Select((job, i) => (job.OutputPath, Html: html[i]!)).ToDictionary(p => p.OutputPath, p => p.Html, StringComparer.Ordinal));
        return true;
    }

    /// <summary>
    /// Tells the render cache what changed; until <see cref="Published"/> the session remembers no build, so a build
    /// whose pages do not all render is never the one the next is set against.
    /// </summary>
    public void BeginRender(SiteIndex index, SiteUrls urls)
    {
        _storyUrls = _last?.StoryUrls ?? StoryUrls(index, urls);
        _session.Pages!.BeginBuild(Changed, _storyUrls);
        _session.LastPublished = null;
    }

    /// <summary>Called once every page rendered: the next build is set against this one.</summary>
    public void Published(SiteIndex index) =>
        _session.LastPublished = new PublishedBuild(_model, _key, _theme, index, _storyUrls!);

    /// <summary>Story URLs (every language, root-relative and absolute) → slug: how the render cache finds stories in page variables.</summary>
    private static Dictionary<string, string> StoryUrls(SiteIndex index, SiteUrls urls)
    {
        var storyUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in index.Stories)
        {
            foreach (var language in urls.Languages)
            {
                var url = urls.Story(language, story.Slug);
                storyUrls[url] = story.Slug;
                storyUrls[urls.Absolute(url)] = story.Slug;
            }
        }

        return storyUrls;
    }
}
