using Civic.Site.Diagnostics;
using Civic.Templating.Runtime.Values;

namespace Civic.Site.Render;

/// <summary>
/// Renders pages in parallel: the page's layout makes the body, then layouts/base.sbn wraps it. With a
/// <see cref="RenderCache"/> (kept by <c>serve</c>), a page whose variables did not change is not rendered again, and a
/// page no edit since the last build can reach is taken as it is, without making its variables.
/// Each finished page goes to <c>onRendered</c> on its own thread; the list returned keeps only what the pages are,
/// not their HTML.
/// </summary>
public sealed class PageRenderer(TemplateBridge templates, RenderCache? cache = null)
{
    private const string BaseLayout = "layouts/base.sbn";

    // Body and page of each render thread, reused for its next page: tens of thousands of pages do not each become
    // strings of their own.
    [ThreadStatic]
    private static (PageTextBuffer Body, PageTextBuffer Page)? t_buffers;

    public IReadOnlyList<RenderedPage> Render(IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics, Action<int, RenderedPage> onRendered)
    {
        var frame = templates.Get(BaseLayout, diagnostics);
        var results = new RenderedPage?[jobs.Count];
        var rendered = 0;
        void Finish(int i, RenderedPage page)
        {
            onRendered(i, page);
            results[i] = page with { Utf8 = null, Text = default };
        }

        RenderedPage Page(PageJob job) => new(job.Kind, job.Language, job.Url, job.OutputPath, job.SourcePath);

        void RenderOne(int i)
        {
            var job = jobs[i];
            var layout = templates.Get(job.Layout, diagnostics);
            if (layout is null || frame is null)
            {
                return;
            }

            if (cache is not null && cache.TryReuse(job, out var kept))
            {
                job.ReportWarnings?.Invoke();
                Finish(i, Page(job) with { Utf8 = kept });
                return;
            }

            var model = job.BuildModel();
            var shows = cache is null ? null : new HashSet<string>(StringComparer.Ordinal);
            var fingerprint = cache is null ? default : ModelFingerprint.Of(model, cache.StoryUrls, shows);
            if (cache is not null && cache.TryGet(job.OutputPath, fingerprint, out var html))
            {
                cache.Set(job.OutputPath, fingerprint, html, shows!);
                Finish(i, Page(job) with { Utf8 = html });
                return;
            }

            var buffers = t_buffers ??= (new PageTextBuffer(), new PageTextBuffer());
            buffers.Body.Clear();
            buffers.Page.Clear();
            if (!templates.RenderTo(layout, model, job.Url, diagnostics, buffers.Body))
            {
                return;
            }

            // The body reaches its frame as safe HTML that borrows the buffer.
            model["content"] = new HtmlString(buffers.Body.Text);
            if (!templates.RenderTo(frame, model, job.Url, diagnostics, buffers.Page))
            {
                return;
            }

            Interlocked.Increment(ref rendered);
            if (cache is null)
            {
                // A one-off build hands the page on from the buffer, on this thread, and keeps nothing.
                Finish(i, Page(job) with { Text = buffers.Page.Text });
                return;
            }

            // Serve keeps every page. As UTF-8, what is written and served, a page takes about 60% of the memory of a
            // string (Chinese text is 3 bytes a character instead of 2, markup 1 instead of 2).
            html = RenderedPage.Encode(buffers.Page.Text.Span);
            cache.Set(job.OutputPath, fingerprint, html, shows!);
            Finish(i, Page(job) with { Utf8 = html });
        }

        Parallel.For(0, jobs.Count, RenderOne);
        RenderedCount = rendered;
        return results.OfType<RenderedPage>().ToList();
    }

    /// <summary>How many pages the last call actually rendered (the rest came from the cache).</summary>
    public int RenderedCount { get; private set; }
}
