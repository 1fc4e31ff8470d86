using System.Diagnostics;
using Civic.Site.Diagnostics;

namespace Civic.Site.Serve;

/// <summary>
/// <c>civic serve</c>: builds, serves the output on 127.0.0.1, rebuilds on every change with the caches of one
/// <see cref="BuildSession"/> (only changed Markdown and pages whose variables changed are rendered again), then
/// tells the open pages to reload, or shows them the errors. The pages of a rebuild are served from memory and the
/// open pages reloaded as soon as every page has rendered; the other files (search index, feeds) and the output
/// folder follow when the build ends, and from then on everything is served from the folder again.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly BuildSession _session;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _building = new(1, 1);
    private SiteWatcher? _watcher;
    private Task? _loop;
    private volatile string? _errors;
    private volatile IReadOnlyDictionary<string, byte[]>? _rendered;
    private volatile IReadOnlyDictionary<string, byte[]>? _edited;
    private volatile bool _reloaded;
    private volatile bool _showEarly;
    private volatile TaskCompletionSource _built = Done();
    private volatile TaskCompletionSource _allRendered = Done();

    private SiteServer(BuildOptions options)
    {
        _options = options;
        _session = new(keepPages: true) { RemovePreviousInBackground = true, PagesRendered = ShowRendered, EditedPagesRendered = ShowEdited };
    }

    /// <summary>Raised after each build with its result and how long it took.</summary>
    public event Action<BuildResult, TimeSpan>? Built;

    public DevServer Server { get; private set; } = null!;

    public string OutputDir { get; private set; } = string.Empty;

    /// <summary>The result of the last build.</summary>
    public BuildResult? LastResult { get; private set; }

    public static async Task<SiteServer> StartAsync(BuildOptions options, int port, Action<BuildResult, TimeSpan>? built = null)
    {
        var server = new SiteServer(options);
        if (built is not null)
        {
            server.Built += built;
        }

        // Watching from before the first build: a file saved while it runs is in the first batch of changes.
        server._watcher = new SiteWatcher(options.Root);
        await server.RebuildAsync(changes: null).ConfigureAwait(false);
        server.Server = await DevServer.StartAsync(() => server.OutputDir, port, () => server._errors, pages: server.RenderedPage, ready: server.ReadyFor).ConfigureAwait(false);
        server._loop = Task.Run(server.WatchLoopAsync);
        return server;
    }

    /// <summary>Rebuilds now (also used by the watch loop).</summary>
    /// <param name="changes">The site-relative paths of the files and folders changed since the last build, or null when not known.</param>
    public async Task<BuildResult> RebuildAsync(IReadOnlySet<string>? changes)
    {
        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            var themeChanged = changes is null
                ? LastResult is not null
                : changes.Any(p => p == "themes" || p.StartsWith("themes/", StringComparison.Ordinal));
            if (themeChanged)
            {
                _session.ThemeChanged();
            }

            _session.Changes = changes;

            var clock = Stopwatch.StartNew();
            _reloaded = false;

            // A theme edit may change the assets the pages load: the open pages wait for the whole build then.
            _showEarly = !themeChanged;
            var built = _built = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var allRendered = _allRendered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            BuildResult result;
            try
            {
                result = BuildPipeline.Run(_options, _session);
            }
            finally
            {
                clock.Stop();
                _rendered = null;
                _edited = null;
                allRendered.TrySetResult();
                built.TrySetResult();
            }

            OutputDir = result.OutputDir;
            LastResult = result;
            _errors = result.Succeeded ? null : Format(result);
            if (Server is not null)
            {
                if (result.Succeeded)
                {
                    if (!_reloaded)
                    {
                        Server.Hub.Reload();
                    }
                }
                else
                {
                    Server.Hub.Failed(_errors!);
                }
            }

            Built?.Invoke(result, clock.Elapsed);
            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            try
            {
                await _loop.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Stopping.
            }
        }

        _watcher?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
        _building.Dispose();
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }

    /// <summary>
    /// While a rebuild's pages are shown from memory, any other file but the theme's assets (which only a theme edit
    /// changes, and then nothing is shown early) may still change: it is served once the build has ended. While only
    /// the edited stories' pages are shown, any other page waits until every page has rendered.
    /// </summary>
    private Task ReadyFor(string sitePath)
    {
        if (sitePath.StartsWith("assets/", StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        if (_rendered is not null)
        {
            return _built.Task;
        }

        return _edited is not null ? _allRendered.Task : Task.CompletedTask;
    }

    /// <summary>The HTML of a page of the build under way once it has rendered and is shown, else null (serve the folder).</summary>
    private byte[]? RenderedPage(string sitePath) =>
        (_rendered ?? _edited) is { } pages && pages.TryGetValue(sitePath, out var html) ? html : null;

    // On the build thread, before any other page renders: the pages of the stories an edit changed are final, so the
    // pages open at them may reload now; the others wait for every page to have rendered.
    private void ShowEdited(IReadOnlyDictionary<string, byte[]> pages)
    {
        if (Server is null || OutputDir.Length == 0 || !_showEarly)
        {
            return;
        }

        _edited = pages;
        _errors = null;
        Server.Hub.ReloadOnly(pages.Keys.Select(UrlPath));
    }

    // On the build thread: the pages are final; what is still to come (search index, feeds, the folder) does not
    // change them, so the open pages may reload now (but those already reloaded for an edit). A failure later still
    // shows its errors over them.
    private void ShowRendered(IReadOnlyDictionary<string, byte[]> pages)
    {
        if (Server is null || OutputDir.Length == 0 || !_showEarly)
        {
            return;
        }

        _rendered = pages;
        _errors = null;
        _reloaded = true;
        _allRendered.TrySetResult();
        if (_edited is { } edited)
        {
            Server.Hub.ReloadExcept(edited.Keys.Select(UrlPath));
        }
        else
        {
            Server.Hub.Reload();
        }
    }

    /// <summary>The URL path a site path is served at: <c>stories/a/index.html</c> → <c>/stories/a/</c>.</summary>
    private static string UrlPath(string sitePath) =>
        "/" + (sitePath == "index.html" || sitePath.EndsWith("/index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath);

    private async Task WatchLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            // The build just over is what survives in the young generations; collected now, while nobody waits, the
            // next edit's pages are rendered without a collection in their way (the native executable's gen0 budget
            // is 64 MB, and an edited story's path allocates a few).
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);
            var batch = _watcher!.NextBatchAsync(TimeSpan.FromMilliseconds(25), _stop.Token);
            if (await Task.WhenAny(batch, Task.Delay(IdleBeforeCollect, _stop.Token)).ConfigureAwait(false) != batch && !_stop.IsCancellationRequested)
            {
                Idle();
            }

            await RebuildAsync(await batch.ConfigureAwait(false)).ConfigureAwait(false);
        }
    }

    /// <summary>How long after a build, with no edit since, the process gives its garbage back to the system.</summary>
    internal TimeSpan IdleBeforeCollect { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// What is done once the site has stayed unchanged for <see cref="IdleBeforeCollect"/> after a build. On a large site a
    /// rebuild leaves hundreds of megabytes of garbage (the search index, feeds and sitemap are made again) that the
    /// collector would keep until much later; a long-lived server that then waits for the next edit returns it now.
    /// </summary>
    internal Action Idle { get; set; } = () => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);

    private string Format(BuildResult result)
    {
        var sources = new SourceTextSet();
        foreach (var path in result.Diagnostics.Select(d => d.Location.Path).Distinct())
        {
            var full = Path.Combine(_options.Root, path);
            if (File.Exists(full))
            {
                sources.Add(new SourceText(path, File.ReadAllText(full)));
            }
        }

        return "Build failed\n\n" + DiagnosticFormatter.Format(result.Diagnostics, DiagnosticFormat.Text, sources);
    }
}
