using Civic.Site.Serve;
using Civic.TestKit;
using static Microsoft.Playwright.Assertions;

namespace Civic.Site.BrowserTests;

[Collection("browser")]
public sealed class LiveReloadTests(BrowserFixture site)
{
    private const string Story = "content/stories/hanyang-dililiang.md";

    [Fact]
    public async Task Serve_reloads_the_open_page_after_an_edit_and_shows_a_broken_build_in_the_page()
    {
        using var copy = TempSite.CopyOfRepositorySite();
        await using var server = await SiteServer.StartAsync(new BuildOptions(copy.Root, Path.Combine(copy.Root, "_site"), "http://127.0.0.1/"), 0);
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Server.Address + "stories/hanyang-dililiang/");
        await page.WaitForFunctionAsync("() => window.__civicLive && window.__civicLive.readyState === 1");
        var original = copy.Read(Story);

        copy.Write(Story, original.Replace("title: “递力量”", "title: 改过的标题“递力量”", StringComparison.Ordinal));

        await Expect(page.Locator("h1")).ToContainTextAsync("改过的标题", new() { Timeout = 30_000 });

        await page.WaitForFunctionAsync("() => window.__civicLive && window.__civicLive.readyState === 1");
        copy.Write(Story, original.Replace("date: 2025-12-25", "date: 2025-13-45", StringComparison.Ordinal));

        await Expect(page.Locator("#civic-build-errors")).ToContainTextAsync(Story, new() { Timeout = 30_000 });
        Assert.False(server.LastResult!.Succeeded);
        Assert.True(File.Exists(Path.Combine(copy.Root, "_site", "stories", "hanyang-dililiang", "index.html")));
        await context.CloseAsync();
    }
}
