using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Civic.Site.Serve;

/// <summary>
/// Serves the output folder on 127.0.0.1 only. Every path is checked by <see cref="RequestPathGuard"/>; HTML gets
/// the live-reload script; /__civic/events streams build results to the open pages.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();
    private readonly WebApplication _app;
    private readonly Func<string> _root;
    private readonly Func<string?> _errors;
    private readonly Func<string, byte[]?> _pages;
    private readonly Func<string, Task> _ready;

    private readonly bool _liveReload;

    private DevServer(WebApplication app, Func<string> root, Func<string?> errors, bool liveReload, LiveReloadHub hub, Func<string, byte[]?>? pages, Func<string, Task>? ready)
    {
        _ready = ready ?? (_ => Task.CompletedTask);
        _app = app;
        _liveReload = liveReload;
        _root = root;
        _errors = errors;
        _pages = pages ?? (_ => null);
        Hub = hub;
    }

    public LiveReloadHub Hub { get; }

    /// <summary>The address it listens on, e.g. http://127.0.0.1:8080/.</summary>
    public string Address { get; private set; } = string.Empty;

    /// <param name="root">The output folder (read on every request: a rebuild swaps the folder).</param>
    /// <param name="port">The port; 0 picks a free one.</param>
    /// <param name="errors">The formatted diagnostics of the last build when it failed, else null.</param>
    /// <param name="liveReload">Add the live-reload script to HTML responses (off: serve the files exactly as built).</param>
    /// <param name="pages">A page's HTML (UTF-8) by site path (<c>stories/a/index.html</c>) when it is to be served from memory rather than the folder, else null.</param>
    /// <param name="ready">Completes when the folder's file at a site path is current (a rebuild may still be writing it), or when <paramref name="pages"/> may now hold it: the request looks there again first.</param>
    public static async Task<DevServer> StartAsync(
        Func<string> root, int port, Func<string?> errors, bool liveReload = true, CancellationToken cancellation = default,
        Func<string, byte[]?>? pages = null, Func<string, Task>? ready = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var app = builder.Build();
        var server = new DevServer(app, root, errors, liveReload, new LiveReloadHub(), pages, ready);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellation).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = address.TrimEnd('/') + "/";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReloadScript.EventsPath)
        {
            await StreamEventsAsync(context).ConfigureAwait(false);
            return;
        }

        if (path == LiveReloadScript.Path)
        {
            context.Response.ContentType = "text/javascript; charset=utf-8";
            await context.Response.WriteAsync(LiveReloadScript.Source).ConfigureAwait(false);
            return;
        }

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var file = RequestPathGuard.Resolve(_root(), raw);
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("bad request path").ConfigureAwait(false);
            return;
        }

        var relative = Path.GetRelativePath(_root(), file).Replace(Path.DirectorySeparatorChar, '/').TrimEnd('/');
        while (true)
        {
            if (await ServeFromMemoryAsync(context, path, relative).ConfigureAwait(false))
            {
                return;
            }

            // Waiting may end with the page in memory (a rebuild's pages shown), so it is looked up again.
            var ready = _ready(relative);
            if (ready.IsCompleted)
            {
                break;
            }

            await ready.ConfigureAwait(false);
        }
        var root = _root();
        for (var wait = 0; wait < 20 && !Directory.Exists(root) && Directory.Exists(Path.GetDirectoryName(root)); wait++)
        {
            // A rebuild is swapping the output folder for the new one: that takes two renames.
            await Task.Delay(2).ConfigureAwait(false);
        }

        file = Path.Combine(root, relative == "." ? string.Empty : relative);
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = StatusCodes.Status200OK;
        if (!File.Exists(file))
        {
            status = StatusCodes.Status404NotFound;
            file = NotFoundPage(root, relative);
            if (!File.Exists(file))
            {
                context.Response.StatusCode = status;
                await WriteHtmlAsync(context, "<!doctype html><title>404</title><p>not found</p>").ConfigureAwait(false);
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            await WriteHtmlAsync(context, await File.ReadAllTextAsync(file).ConfigureAwait(false)).ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        await context.Response.SendFileAsync(file).ConfigureAwait(false);
    }

    /// <summary>
    /// The 404 page in the language of the missing address: a language's pages live under their own folder
    /// (/en/…) with its own 404.html, as static hosts configured per language serve it.
    /// </summary>
    private static string NotFoundPage(string root, string relative)
    {
        var slash = relative.IndexOf('/');
        if (slash > 0 && relative[..slash] is var folder && folder != ".." && File.Exists(Path.Combine(root, folder, "404.html")))
        {
            return Path.Combine(root, folder, "404.html");
        }

        return Path.Combine(root, "404.html");
    }

    private async Task<bool> ServeFromMemoryAsync(HttpContext context, string path, string relative)
    {
        var index = relative == "." ? "index.html" : relative + "/index.html";
        if (_pages(index) is not null && !path.EndsWith('/'))
        {
            context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: false);
            return true;
        }

        if ((_pages(index) ?? _pages(relative)) is not { } page)
        {
            return false;
        }

        context.Response.Headers.CacheControl = "no-store";
        await WriteHtmlAsync(context, Encoding.UTF8.GetString(page)).ConfigureAwait(false);
        return true;
    }

    private Task WriteHtmlAsync(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(_liveReload ? LiveReloadScript.Inject(html, _errors()) : html, Encoding.UTF8);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var channel = Hub.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.WriteAsync(message, context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            Hub.Unsubscribe(channel);
        }
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".jsonld"] = "application/ld+json";
        provider.Mappings[".sqlite"] = "application/vnd.sqlite3";
        provider.Mappings[".xml"] = "application/xml; charset=utf-8";
        provider.Mappings[".js"] = "text/javascript; charset=utf-8";
        provider.Mappings[".css"] = "text/css; charset=utf-8";
        provider.Mappings[".json"] = "application/json; charset=utf-8";
        return provider;
    }
}
