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

    [Fact]
    public async Task An_open_page_reloads_only_for_reloads_meant_for_it()
    {
        using var copy = TempSite.CopyOfRepositorySite();
        await using var server = await SiteServer.StartAsync(new BuildOptions(copy.Root, Path.Combine(copy.Root, "_site"), "http://127.0.0.1/"), 0);
        var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync("sessionStorage.loads = String(Number(sessionStorage.loads || 0) + 1)");
        await page.GotoAsync(server.Server.Address + "stories/hanyang-dililiang/");
        var hub = server.Server.Hub;

        async Task<string> Loads()
        {
            await page.WaitForFunctionAsync("() => window.__civicLive && window.__civicLive.readyState === 1");
            return await page.EvaluateAsync<string>("() => sessionStorage.loads");
        }

        async Task Ignored(string expected)
        {
            // The page has read the event (and is still the same page) once it has recorded it.
            await page.WaitForFunctionAsync($"() => window.__civicLastReload === {System.Text.Json.JsonSerializer.Serialize(expected)}");
            Assert.Equal("1", await Loads());
        }

        Assert.Equal("1", await Loads());
        hub.ReloadOnly(["/about/", "/en/stories/hanyang-dililiang/"]);
        await Ignored("""{"only":["/about/","/en/stories/hanyang-dililiang/"]}""");
        hub.ReloadExcept(["/stories/hanyang-dililiang/"]);
        await Ignored("""{"except":["/stories/hanyang-dililiang/"]}""");

        hub.ReloadOnly(["/stories/hanyang-dililiang/"]);
        await page.WaitForFunctionAsync("() => sessionStorage.loads === '2'");
        Assert.Equal("2", await Loads());
        hub.ReloadExcept(["/about/"]);
        await page.WaitForFunctionAsync("() => sessionStorage.loads === '3'");
        Assert.Equal("3", await Loads());
        await context.CloseAsync();
    }
}
