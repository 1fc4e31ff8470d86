using Civic.Site.Serve;
using Civic.Site.Tests.Render;

namespace Civic.Site.Tests.Serve;

/// <summary>What an open page sees of an edit under serve.</summary>
public sealed class SiteServerTests : IDisposable
{
    private const string Story = "content/stories/hanyang-dililiang.md";
    private readonly string _output = Path.Combine(Directory.CreateTempSubdirectory("civic-site-server-").FullName, "_site");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);

    [Fact]
    public async Task The_reload_events_come_when_the_edited_pages_are_served_and_the_folder_follows_when_the_build_ends()
    {
        using var site = BundledSite.Copy();

        // Pages that list stories render slowly here, so that the request for one below surely comes while only the
        // edited story's own pages are shown.
        const string List = "themes/default/layouts/story-list.sbn";
        site.Write(List, "{{ for i in 1..6000; for j in 1..1000; end; end }}" + site.Read(List));
        var builds = 0;
        var second = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await SiteServer.StartAsync(new BuildOptions(site.Root, _output, "http://127.0.0.1/"), 0, (result, _) =>
        {
            if (Interlocked.Increment(ref builds) == 2)
            {
                second.TrySetResult(result);
            }
        });
        using var http = new HttpClient { BaseAddress = new Uri(server.Server.Address), Timeout = TimeSpan.FromSeconds(60) };
        using var events = await http.GetAsync(LiveReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        await reader.ReadLineAsync();

        site.Write(Story, site.Read(Story).Replace("title: ", "title: 改过的标题", StringComparison.Ordinal));

        // Only the text of a story changed: its own pages are shown and reloaded first, then every other open page.
        Assert.Equal("event: reload", await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("""data: {"only":["/stories/hanyang-dililiang/","/en/stories/hanyang-dililiang/"]}""", await reader.ReadLineAsync());
        var page = await http.GetStringAsync("stories/hanyang-dililiang/");
        Assert.Contains("改过的标题", page);
        Assert.Contains(LiveReloadScript.Tag, page);

        // A page listing the story, asked for while only the story's own pages are shown, waits for its new version.
        Assert.Contains("改过的标题", await http.GetStringAsync("stories/"));
        await reader.ReadLineAsync();
        Assert.Equal("event: reload", await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal("""data: {"except":["/stories/hanyang-dililiang/","/en/stories/hanyang-dililiang/"]}""", await reader.ReadLineAsync());

        // The search index changes with the title: asked for now, it is answered once the build has written it.
        var search = await http.GetStringAsync("search/index.json");
        var result = await second.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllText(Path.Combine(_output, "search", "index.json")), search);
        Assert.Contains("改过的标题", File.ReadAllText(Path.Combine(_output, "stories", "hanyang-dililiang", "index.html")));
        Assert.Contains("改过的标题", await http.GetStringAsync("stories/hanyang-dililiang/"));
    }

    [Fact]
    public async Task Once_no_edit_came_for_a_while_after_a_build_the_server_gives_memory_back_once()
    {
        using var site = BundledSite.Copy();
        var idle = 0;
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await SiteServer.StartAsync(new BuildOptions(site.Root, _output, "http://127.0.0.1/"), 0, (_, _) => rebuilt.TrySetResult());
        server.IdleBeforeCollect = TimeSpan.FromMilliseconds(300);
        server.Idle = () => Interlocked.Increment(ref idle);

        async Task EditAsync(string title)
        {
            rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            site.Write(Story, site.Read(Story).Replace("title: ", "title: " + title, StringComparison.Ordinal));
            await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }

        // The first wait began before the test set a short one: the count is taken from the first edit's build on.
        await EditAsync("改过的标题");
        var before = Volatile.Read(ref idle);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(before + 1, Volatile.Read(ref idle));

        // Edits closer together than the quiet period: none in between, one after the last, and not again.
        for (var i = 0; i < 3; i++)
        {
            await EditAsync(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(before + 2, Volatile.Read(ref idle));
    }
}
