using System.Collections.Concurrent;
using Civic.Site.Diagnostics;

namespace Civic.Site.Render;

/// <summary>
/// Rendered Markdown by body text. One build renders a body once even when two languages show it; under
/// <c>serve</c> the cache lives across rebuilds, so an edit re-renders only the bodies that changed.
/// </summary>
public sealed class MarkdownCache
{
    private readonly MarkdownRenderer _renderer = new();
    private readonly ConcurrentDictionary<(string BasePath, string Body), RenderedMarkdown> _cache = new();

    /// <summary>Where warnings about neutralised links go during the current build.</summary>
    public DiagnosticBag? Diagnostics { get; set; }

    /// <summary>The site root that source paths are relative to, to place those warnings at the link's line.</summary>
    public string Root { get; set; } = ".";

    public string Render(string body, string basePath, string sourcePath)
    {
        var rendered = RenderQuietly(body, basePath);
        if (Diagnostics is { } diagnostics)
        {
            foreach (var link in rendered.UnsafeLinks)
            {
                diagnostics.Report(BuildDiagnosticCodes.UnsafeLink, MarkdownLinkLocator.Find(Root, sourcePath, written => written == link), link);
            }

            foreach (var image in rendered.RemoteImages)
            {
                diagnostics.Report(BuildDiagnosticCodes.RemoteImage, MarkdownLinkLocator.Find(Root, sourcePath, written => written == image), image);
            }

            foreach (var tag in rendered.RawHtml)
            {
                diagnostics.Report(BuildDiagnosticCodes.RawHtml, MarkdownLinkLocator.FindText(Root, sourcePath, tag), tag);
            }
        }

        return rendered.Html;
    }

    /// <summary>The rendered body without reporting its warnings: for other outputs of a body whose page reports them.</summary>
    public RenderedMarkdown RenderQuietly(string body, string basePath) =>
        _cache.GetOrAdd((basePath, body), key => _renderer.Render(key.Body, key.BasePath));

    /// <summary>Drops every entry.</summary>
    public void Clear() => _cache.Clear();

    /// <summary>Drops entries no longer in use, so a long serve session does not grow without bound.</summary>
    public void Retain(IReadOnlySet<string> bodies)
    {
        foreach (var key in _cache.Keys)
        {
            if (!bodies.Contains(key.Body))
            {
                _cache.TryRemove(key, out _);
            }
        }
    }
}
