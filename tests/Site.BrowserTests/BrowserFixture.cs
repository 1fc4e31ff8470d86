using Civic.Site.Serve;
using Civic.TestKit;
using Microsoft.Playwright;

namespace Civic.Site.BrowserTests;

/// <summary>
/// Built once for the whole run: the bundled site copied to a temporary folder and built there, served by the
/// dev server without live reload (the files exactly as built), and one Chromium.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TempSite? _site;
    private DevServer? _server;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Base address of the served site, ending in "/".</summary>
    public string BaseUrl => _server!.Address;

    public string OutputDir { get; private set; } = string.Empty;

    /// <summary>The test output's artifacts/ folder, for screenshots.</summary>
    public string Artifacts { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Artifacts);
        _site = TempSite.CopyOfRepositorySite();

        // Ten stories a page on district and topic pages, so the bundled topics have a second page to check.
        _site.Write("site.yml", _site.Read("site.yml") + "term_stories_per_page: 10\n");
        var result = BuildPipeline.Run(new BuildOptions(_site.Root, BaseUrl: "http://127.0.0.1/"));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the bundled site does not build:\n" + string.Join("\n", result.Diagnostics));
        }

        OutputDir = result.OutputDir;
        _server = await DevServer.StartAsync(() => OutputDir, 0, () => null, liveReload: false);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Requirements.Browser,
            Headless = true,
            Timeout = 60_000,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site?.Dispose();
    }

    /// <summary>A page that records console errors, page errors, failed responses and any request to another host.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(int width = 1280, int height = 900, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        var origin = new Uri(BaseUrl).GetLeftPart(UriPartial.Authority);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add("console: " + m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                problems.Add($"{r.Status} {r.Url}");
            }
        };
        page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(origin, StringComparison.Ordinal) && !r.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                problems.Add("request to another host: " + r.Url);
            }
        };
        return (page, problems);
    }
}
