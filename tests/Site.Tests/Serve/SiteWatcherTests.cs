using Civic.Site.Serve;
using Civic.TestKit;

namespace Civic.Site.Tests.Serve;

/// <summary>The watcher behind <c>serve</c>, on real file-system events (inotify), and with a buffer made to overflow.</summary>
public sealed class SiteWatcherTests : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly TempSite _site = SiteFixture.Minimal();

    public void Dispose() => _site.Dispose();

    private string PathOf(string relative) => Path.Combine(_site.Root, relative);

    private static async Task<IReadOnlySet<string>?> NextAsync(SiteWatcher watcher)
    {
        using var patience = new CancellationTokenSource(Patience);
        return await watcher.NextBatchAsync(Quiet, patience.Token);
    }

    [Theory]
    [InlineData("site.yml", true)]
    [InlineData("content/stories/a.md", true)]
    [InlineData("data/stations/x.yml", true)]
    [InlineData("themes/default/layouts/story.sbn", true)]
    [InlineData("content/stories/.a.md.swp", false)]
    [InlineData("content/stories/a.md~", false)]
    [InlineData("content/stories/a.md.swp", false)]
    [InlineData("content/stories/.#a.md", false)]
    [InlineData("_site/index.html", false)]
    [InlineData("README.md", false)]
    public void Only_what_the_site_is_built_from_is_a_source_path(string relative, bool expected)
    {
        Assert.Equal(expected, SiteWatcher.IsSourcePath(relative));
    }

    [Fact]
    public async Task An_editors_save_by_rename_is_one_batch_naming_the_saved_file()
    {
        using var watcher = new SiteWatcher(_site.Root);
        var story = Directory.EnumerateFiles(PathOf("content/stories"), "*.md").First();
        var relative = Path.GetRelativePath(_site.Root, story).Replace(Path.DirectorySeparatorChar, '/');
        var swap = Path.Combine(Path.GetDirectoryName(story)!, "." + Path.GetFileName(story) + ".swp");

        // Output written by a build and an unrelated file come first: neither may reach the batch.
        Directory.CreateDirectory(PathOf("_site"));
        await File.WriteAllTextAsync(PathOf("_site/index.html"), "<p>built</p>");
        await File.WriteAllTextAsync(PathOf("notes.txt"), "not a source");
        await File.WriteAllTextAsync(swap, "title: 新标题\n");
        File.Move(swap, story, overwrite: true);

        var batch = await NextAsync(watcher);

        Assert.NotNull(batch);
        Assert.Equal([relative], batch.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Changes_within_the_quiet_period_come_as_one_batch()
    {
        using var watcher = new SiteWatcher(_site.Root);
        await File.WriteAllTextAsync(PathOf("content/stories/新的故事.md"), "---\ntitle: 新\n---\n");
        await Task.Delay(Quiet / 4);
        await File.AppendAllTextAsync(PathOf("site.yml"), "\n");

        var batch = await NextAsync(watcher);

        Assert.NotNull(batch);
        Assert.Contains("content/stories/新的故事.md", batch);
        Assert.Contains("site.yml", batch);
    }

    [Fact]
    public async Task A_new_folder_is_reported_as_the_folder()
    {
        using var watcher = new SiteWatcher(_site.Root);
        Directory.CreateDirectory(PathOf("data/new-dataset"));

        var batch = await NextAsync(watcher);

        Assert.NotNull(batch);
        Assert.Contains("data/new-dataset", batch);
    }

    [Fact]
    public async Task Lost_events_make_the_whole_batch_unknown()
    {
        LossyWatcher? inner = null;
        using var watcher = new SiteWatcher(_site.Root, folder => inner = new LossyWatcher(folder));
        await File.AppendAllTextAsync(PathOf("site.yml"), "\n");
        inner!.Overflow();

        // Null, not the one path seen: any other file may have changed unseen, so the build must compare every stamp.
        Assert.Null(await NextAsync(watcher));

        await File.AppendAllTextAsync(PathOf("site.yml"), "\n");
        var next = await NextAsync(watcher);
        Assert.NotNull(next);
        Assert.Equal(["site.yml"], next);
    }

    private sealed class LossyWatcher(string folder) : FileSystemWatcher(folder)
    {
        public void Overflow() => OnError(new ErrorEventArgs(new InternalBufferOverflowException("events lost")));
    }
}
