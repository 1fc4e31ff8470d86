namespace Civic.Site.Serve;

/// <summary>
/// The script <c>serve</c> adds to every HTML response (never to built files): it listens to server-sent events,
/// reloads on a successful rebuild (when the reload is for its page) and shows the diagnostics of a failed one over the page.
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__civic/live.js";
    public const string EventsPath = "/__civic/events";
    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    public const string Source = """
        (() => {
          const show = (text) => {
            let box = document.getElementById('civic-build-errors');
            if (!box) {
              box = document.createElement('pre');
              box.id = 'civic-build-errors';
              box.setAttribute('role', 'alert');
              box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#1c1f24;color:#ffd7cf;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;z-index:99999;border-top:4px solid #d1242f';
              document.body.appendChild(box);
            }
            box.textContent = text;
          };
          const source = new EventSource('/__civic/events');
          // A reload may name the pages it is for ("only") or the pages it is not for ("except"), by URL path.
          const here = () => {
            try { return decodeURI(location.pathname).replace(/index\.html$/, ''); } catch { return location.pathname; }
          };
          source.addEventListener('reload', (e) => {
            const to = JSON.parse(e.data || '{}');
            window.__civicLastReload = e.data;
            if ((to.only && !to.only.includes(here())) || (to.except && to.except.includes(here()))) return;
            location.reload();
          });
          source.addEventListener('failed', (e) => show(JSON.parse(e.data)));
          window.__civicLive = source;
        })();
        """;

    /// <summary>Adds the script before &lt;/body&gt;, and the last build's errors when it failed.</summary>
    public static string Inject(string html, string? errors)
    {
        var extra = Tag;
        if (errors is not null)
        {
            extra += "<pre id=\"civic-build-errors\" role=\"alert\" style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;margin:0;padding:1rem;background:#1c1f24;color:#ffd7cf;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap;z-index:99999;border-top:4px solid #d1242f\">"
                + System.Net.WebUtility.HtmlEncode(errors) + "</pre>";
        }

        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + extra : html[..at] + extra + html[at..];
    }
}
