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
        new HtmlPageWriter(),
        new ThemeAssetWriter(),
        new OpenDataWriter(),       // "opendata": /data/<dataset>.csv .json .xlsx, datapackage.json, civic.sqlite, catalog.jsonld, data.json
        new FeedWriter(),           // "feeds":    /feed.json, /feed.xml, per topic and district (the theme links them when site.outputs.feeds)
        new SitemapWriter(),        // "sitemap":  /sitemap.xml, /robots.txt
        new SearchIndexEmitter(),   // "search":   the index (the theme loads search.js/css when site.outputs.search)
    ];

    public static BuildResult Run(BuildOptions options, BuildSession? session = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var load = LoadContext.Create(options.Root);
        var site = SiteLoader.Load(load);                                                  // Load
        SiteValidator.Validate(site, load.Diagnostics);                                    // Validate
        var model = load.Diagnostics.HasErrors ? null : SiteModelBuilder.Build(site);      // Model
        Trace("load, validate, model", clock);
        if (model is null)
        {
            return Fail(load.Diagnostics, OutputFolder(options, null));
        }

        return Publish(model, options, load.Diagnostics, session ?? new BuildSession());  // Render → Emit
    }

    /// <summary>Render → Emit for a model that is already built (the model has no errors).</summary>
    public static BuildResult Publish(SiteModel model, BuildOptions options, DiagnosticBag diagnostics, BuildSession session)
    {
        var output = OutputFolder(options, model);
        var urls = new SiteUrls(options.BaseUrl ?? model.Config.BaseUrl, model.Config.Languages);
        var openData = Emitters.Any(e => e is OpenDataWriter) ? OpenDataPublisher.Build(model, urls.BaseUrl) : null;
        var landings = openData is null ? null : model.Datasets
            .Select(d => openData.Landing(d.Id))
            .OfType<DatasetLanding>()
            .ToDictionary(l => l.DatasetId, l => l.ToTemplateValue(), StringComparer.Ordinal);
        var settings = new RenderSettings(urls.BaseUrl, options.IncludeDrafts, Emitters.Select(e => e.Name).ToList(), landings);
        var theme = ThemeFiles.Load(model.RootPath, model.Config.Theme, urls.Languages, diagnostics);
        var index = new SiteIndex(model, options.IncludeDrafts);
        session.Markdown.Diagnostics = diagnostics;

        var templates = new TemplateBridge(theme);
        templates.CheckSyntax(diagnostics);
        var jobs = PagePlanner.Plan(model, index, urls, theme, settings, session.Markdown);
        ReportUrlClashes(jobs, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics, output);
        }

        var renderer = new PageRenderer(templates, session.Pages);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var pages = renderer.Render(jobs, diagnostics);                                // Render
        Trace("render", clock);
        if (diagnostics.HasErrors)
        {
            return Fail(diagnostics, output);
        }

        return Emit(new EmitContextSeed(model, index, pages, urls, theme, openData), output, diagnostics, renderer.RenderedCount, session);
    }

    private static BuildResult Emit(EmitContextSeed seed, string output, DiagnosticBag diagnostics, int renderedCount, BuildSession session)
    {
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var staging = new StagingFolder(output);
            var context = new EmitContext(seed.Model, seed.Index, seed.Pages, seed.Urls, seed.Theme, staging, diagnostics) { OpenData = seed.OpenData };
            foreach (var emitter in Emitters)
            {
                emitter.Emit(context);                                                  // Emit
                Trace("emit " + emitter.Name, clock);
            }

            LinkCheckStep.Run(context, session.LinkScans);
            Trace("link check", clock);
            if (diagnostics.HasErrors)
            {
                return Fail(diagnostics, output);
            }

            staging.Commit(session.RemovePreviousInBackground);
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

        return new BuildResult(true, diagnostics.ToSortedArray(), output, seed.Pages.Count, renderedCount);
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
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
            Console.Error.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"trace: {stage} {clock.ElapsedMilliseconds} ms (process cpu so far {cpu:F0} ms)"));
        }

        clock.Restart();
    }

    private static string OutputFolder(BuildOptions options, SiteModel? model) =>
        Path.GetFullPath(options.OutputDir ?? Path.Combine(options.Root, model?.Config.Output ?? "_site"));

    private static BuildResult Fail(DiagnosticBag diagnostics, string output) =>
        new(false, diagnostics.ToSortedArray(), output, 0, 0);

    private sealed record EmitContextSeed(SiteModel Model, SiteIndex Index, IReadOnlyList<RenderedPage> Pages, SiteUrls Urls, ThemeFiles Theme, OpenDataOutput? OpenData);
}
