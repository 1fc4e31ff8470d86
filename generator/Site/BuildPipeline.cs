using Civic.Site.Diagnostics;
using Civic.Site.Emit;
using Civic.Site.Emit.Feeds;
using Civic.Site.Emit.Html;
using Civic.Site.Emit.OpenData;
using Civic.Site.Emit.Search;
using Civic.Site.Emit.Sitemap;
using Civic.Site.Load;
using Civic.Site.Model;
using Civic.Site.Render;
using Civic.Site.Validate;

namespace Civic.Site;

/// <summary>
/// The only place that runs the stages in order: Load → Validate → Model → Render → Emit, one line each.
/// Each stage reports into one <see cref="DiagnosticBag"/>; the output folder is replaced only when none is an error.
/// </summary>
public static class BuildPipeline
{
    /// <summary>
    /// The writers of the output, in order. Each adds one line here; its <see cref="ISiteEmitter.Name"/> becomes
    /// <c>site.outputs.&lt;name&gt;</c> in templates.
    /// </summary>
    public static IReadOnlyList<ISiteEmitter> Emitters { get; } =
    [
        new ThemeAssetWriter(),     // "assets"    (HTML pages are written as they render: "html")
        new OpenDataWriter(),       // "opendata": /data/<dataset>.csv .json .xlsx, datapackage.json, civic.sqlite, catalog.jsonld, data.json
        new FeedWriter(),           // "feeds":    /feed.json, /feed.xml, per topic and district (the theme links them when site.outputs.feeds)
        new SitemapWriter(),        // "sitemap":  /sitemap.xml, /robots.txt
        new SearchIndexEmitter(),   // "search":   the index (the theme loads search.js/css when site.outputs.search)
    ];

    public static BuildResult Run(BuildOptions options, BuildSession? session = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        session ??= new BuildSession();

        // Taken before loading, so a file changed during the build cannot be mistaken for one already built.
        var changes = session.Changes;
        session.Changes = null;
        var dataStamp = session.KeepsPages ? session.DataStamp(options.Root, changes) : null;
        if (session.LoadCache is { } cache)
        {
            cache.Changes = changes;
        }

        var load = LoadContext.Create(options.Root);
        var site = SiteLoader.Load(load, session.LoadCache);                               // Load
        Trace("load", clock);
        SiteValidator.Validate(site, load.Diagnostics);                                    // Validate
        Trace("validate", clock);
        var model = load.Diagnostics.HasErrors ? null : SiteModelBuilder.Build(site);      // Model
        Trace("model", clock);
        if (model is null)
        {
            MarkdownWarnings.Report(site, session.Markdown, options.BaseUrl, options.IncludeDrafts, load.Diagnostics);
            return Fail(load.Diagnostics, OutputFolder(options, null));
        }

        return Publish(model, options, load.Diagnostics, session, dataStamp);              // Render → Emit
    }

    /// <summary>
    /// Load → Validate → Model, as <c>check</c> begins. A site with errors gets the warnings of its Markdown bodies
    /// too, which need no model, so they come in the same run as the errors; a site without errors has them reported
    /// by <see cref="Publish"/> as its pages render.
    /// </summary>
    public static SiteLoadResult Validate(string root)
    {
        var load = LoadContext.Create(root);
        var site = SiteLoader.Load(load);
        SiteValidator.Validate(site, load.Diagnostics);
        var model = load.Diagnostics.HasErrors ? null : SiteModelBuilder.Build(site);
        if (model is null)
        {
            MarkdownWarnings.Report(site, new MarkdownCache(), null, includeDrafts: false, load.Diagnostics);
        }

        return new SiteLoadResult(model, load.Diagnostics.ToSortedArray(), load.Sources);
    }

    /// <summary>
    /// Render → Emit for a model that is already built (the model has no errors). Pages are written, link-scanned and
    /// read for search on their render threads, so no more than one page per thread is held in memory; the other
    /// writers run after them.
    /// </summary>
    /// <param name="dataStamp">The <see cref="InputStamp"/> of data/ and site.yml taken before loading, to reuse the open data under serve.</param>
    public static BuildResult Publish(SiteModel model, BuildOptions options, DiagnosticBag diagnostics, BuildSession session, string? dataStamp = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var output = OutputFolder(options, model);
        var urls = new SiteUrls(options.BaseUrl ?? model.Config.BaseUrl, model.Config.Languages);
        var openData = Emitters.Any(e => e is OpenDataWriter) ? OpenData(model, urls, session, dataStamp) : null;
        var landings = openData is null ? null : model.Datasets
            .Select(d => openData.Landing(d.Id))
            .OfType<DatasetLanding>()
            .ToDictionary(l => l.DatasetId, l => l.ToTemplateValue(), StringComparer.Ordinal);
        var names = Emitters.Select(e => e.Name).Prepend("html").ToList();
        var settings = new RenderSettings(urls.BaseUrl, options.IncludeDrafts, names, landings);
        if (!Directory.Exists(Path.Combine(model.RootPath, SiteConfigValidator.ThemesFolder, model.Config.Theme)))
        {
            // Only the default theme can be missing here (a theme site.yml names is checked with it): one error
            // at site.yml rather than one per layout the pages ask for.
            diagnostics.Report(BuildDiagnosticCodes.NoTheme, SourceLocation.StartOf(SiteConfigLoader.FileName), model.Config.Theme, SiteConfigValidator.ThemesPresent(model.RootPath));
            return Fail(diagnostics, output);
        }

        var (theme, templates) = Theme(model, urls, diagnostics, session);
        EnumLabelCheck.Run(model, theme, urls.Languages, diagnostics);
        Trace("open data, theme", clock);
        var edit = Serve.StoryEditBuild.Start(session, model, dataStamp, string.Join("\n", urls.BaseUrl, options.IncludeDrafts, string.Join(",", names)), theme);
        var index = edit?.Index(options.IncludeDrafts) ?? new SiteIndex(model, options.IncludeDrafts);
        Trace(edit?.Changed is null ? "site index" : "site index (rebound)", clock);
        if (edit?.ShowTouchedFirst(index, urls, settings, templates) == true)
        {
            Trace("edited stories' pages", clock);
        }

        edit?.BeginRender(index, urls);

        session.Markdown.Diagnostics = diagnostics;
        session.Markdown.Root = model.RootPath;
        var jobs = PagePlanner.Plan(model, index, urls, theme, settings, session.Markdown);
        ReportUrlClashes(jobs, diagnostics);
        Trace("plan", clock);
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics, output);
        }

        try
        {
            using var staging = new StagingFolder(output, session.Outputs, session.DiscardOutput);
            var outputPaths = jobs.Select(j => j.OutputPath).ToList();
            if (!session.KeepsPages && !session.DiscardOutput)
            {
                staging.PrepareFolders(outputPaths);
            }

            var planned = outputPaths.ToHashSet(StringComparer.Ordinal);
            var listed = jobs.Select(j => new RenderedPage(j.Kind, j.Language, j.Url, j.OutputPath, j.SourcePath)).ToList();
            var context = new EmitContext(model, index, listed, urls, theme, staging, diagnostics)
            {
                Preview = session.KeepsPages,
                SearchTerms = session.SearchTerms,
                OpenData = openData,
                StoryBody = story => session.Markdown.RenderQuietly(story.Body, urls.BasePath).Html,
            };
            // Serve renders every page into memory first and shows them, then writes them and the rest; a one-off
            // build writes each page as it renders.
            var early = session.PagesRendered is not null ? new RenderedPage?[jobs.Count] : null;
            if (early is null)
            {
                EmitUnread(context, clock);                                             // Emit (what needs no page)
            }

            var search = Emitters.Any(e => e is SearchIndexEmitter) ? new SearchPageCollector(model, urls, jobs.Count, session.SearchTexts) : null;
            var links = new LinkLedger(new LinkResolver(urls.BasePath), path => planned.Contains(path) || staging.Wrote(path));
            var stream = new PageStream(staging, links, search, session.LinkScans);
            var renderer = new PageRenderer(templates, session.Pages);
            var pages = renderer.Render(jobs, diagnostics, early is null ? stream.Accept : (i, page) => early[i] = page);  // Render
            Trace(session.Pages is { Reused: > 0 } cache ? $"render ({cache.Reused} pages reused without making their variables)" : "render", clock);
            if (diagnostics.HasErrors)
            {
                return Fail(diagnostics, output);
            }

            edit?.Published(index);
            if (early is not null)
            {
                session.PagesRendered!(jobs.Select((j, i) => (j.OutputPath, Page: early[i])).Where(p => p.Page is not null)
                    .ToDictionary(p => p.OutputPath, p => p.Page!.Utf8!, StringComparer.Ordinal));
                EmitUnread(context, clock);                                             // Emit (what needs no page)
                Parallel.For(0, early.Length, i =>
                {
                    if (early[i] is { } page)
                    {
                        stream.Accept(i, page);                                         // write, link-scan, read for search
                    }
                });
                Trace("write pages", clock);
            }

            context = context with { Pages = pages, SearchDocuments = search?.Documents };

            if (!session.KeepsPages)
            {
                // Phase boundary of a one-off build: nothing reads Markdown or scans a page after the pages, so both
                // caches and the pages' garbage are released before the search index is built, not added to the peak.
                session.Markdown.Clear();
                LinkScanner.Forget();
                // Not compacting: most of what dies here are page-sized strings and arrays, and moving the survivors
                // cost more time and a higher peak than the holes they leave (measured at 10,000 stories).
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
            }

            foreach (var emitter in Emitters.Where(e => e.ReadsPages))
            {
                emitter.Emit(context);                                                  // Emit (what reads the pages)
                Trace("emit " + emitter.Name, clock);
            }

            LinkCheckStep.Run(context, stream.Links);
            Trace("link check", clock);
            if (diagnostics.HasErrors)
            {
                return Fail(diagnostics, output);
            }

            staging.Commit(session.RemovePreviousInBackground);
            Trace("commit", clock);
            return new BuildResult(true, diagnostics.ToSortedArray(), output, pages.Count, renderer.RenderedCount);
        }
        catch (IOException e)
        {
            diagnostics.Report(BuildDiagnosticCodes.OutputFailed, SourceLocation.StartOf(output), e.Message);
            return Fail(diagnostics, output);
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Report(BuildDiagnosticCodes.OutputFailed, SourceLocation.StartOf(output), e.Message);
            return Fail(diagnostics, output);
        }
    }

    private static void EmitUnread(EmitContext context, System.Diagnostics.Stopwatch clock)
    {
        foreach (var emitter in Emitters.Where(e => !e.ReadsPages))
        {
            emitter.Emit(context);
            Trace("emit " + emitter.Name, clock);
        }
    }

    /// <summary>The open-data files; under serve, those of the last build while data/ and site.yml are unchanged.</summary>
    private static OpenDataOutput OpenData(SiteModel model, SiteUrls urls, BuildSession session, string? dataStamp)
    {
        if (dataStamp is null)
        {
            return OpenDataPublisher.Build(model, urls.BaseUrl);
        }

        var stamp = dataStamp + urls.BaseUrl;
        if (session.OpenData is { } last && last.Stamp == stamp)
        {
            return last.Output;
        }

        var output = OpenDataPublisher.Build(model, urls.BaseUrl);
        session.OpenData = (stamp, output);
        return output;
    }

    /// <summary>
    /// The theme with its templates parsed and checked; under serve, those of the last build while no theme file
    /// changed and the last load reported nothing (so a theme problem is reported by every build until fixed).
    /// </summary>
    private static (ThemeFiles Theme, TemplateBridge Templates) Theme(SiteModel model, SiteUrls urls, DiagnosticBag diagnostics, BuildSession session)
    {
        var key = model.RootPath + "\n" + model.Config.Theme + "\n" + string.Join(",", urls.Languages);
        if (session.Theme is { } last && last.Key == key)
        {
            last.Templates.BeginBuild();
            return (last.Theme, last.Templates);
        }

        var before = diagnostics.Count;
        var theme = ThemeFiles.Load(model.RootPath, model.Config.Theme, urls.Languages, diagnostics);
        var templates = new TemplateBridge(theme);
        templates.CheckSyntax(diagnostics);
        session.Theme = session.KeepsPages && diagnostics.Count == before ? (key, theme, templates) : null;
        return (theme, templates);
    }

    private static void ReportUrlClashes(IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, PageJob>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (!taken.TryAdd(job.OutputPath, job))
            {
                diagnostics.Report(BuildDiagnosticCodes.UrlClash, SourceLocation.StartOf(job.SourcePath), job.Url, taken[job.OutputPath].SourcePath);
            }
        }
    }

    /// <summary>Stage timings on stderr when CIVIC_TRACE is set, for the benchmark and for profiling.</summary>
    private static void Trace(string stage, System.Diagnostics.Stopwatch clock)
    {
        if (Environment.GetEnvironmentVariable("CIVIC_TRACE") is { Length: > 0 })
        {
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime.TotalMilliseconds;
            var heap = GC.GetTotalMemory(forceFullCollection: Environment.GetEnvironmentVariable("CIVIC_TRACE") == "gc") >> 20;
            var peak = process.PeakWorkingSet64 >> 20;
            var allocated = GC.GetTotalAllocatedBytes() >> 20;
            var paused = GC.GetTotalPauseDuration().TotalMilliseconds;
            Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"trace: {stage} {clock.ElapsedMilliseconds} ms (process cpu so far {cpu:F0} ms, allocated {allocated} MB, gc pauses {paused:F0} ms, heap {heap} MB, peak working set {peak} MB)"));
        }

        clock.Restart();
    }

    private static string OutputFolder(BuildOptions options, SiteModel? model) =>
        Path.GetFullPath(options.OutputDir ?? Path.Combine(options.Root, model?.Config.Output ?? "_site"));

    private static BuildResult Fail(DiagnosticBag diagnostics, string output) =>
        new(false, diagnostics.ToSortedArray(), output, 0, 0);

}
