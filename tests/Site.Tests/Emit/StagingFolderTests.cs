using Civic.Site.Emit;

namespace Civic.Site.Tests.Emit;

public sealed class StagingFolderTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("civic-stage-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void Commit_replaces_the_previous_output_completely()
    {
        var target = Path.Combine(_parent, "_site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.html"), "old");

        using (var stage = new StagingFolder(target))
        {
            stage.WriteText("stories/index.html", "新");
            stage.Commit();
        }

        Assert.False(File.Exists(Path.Combine(target, "old.html")));
        Assert.Equal("新", File.ReadAllText(Path.Combine(target, "stories", "index.html")));
        Assert.Equal([".civic-spare-_site", "_site"], Entries());
    }

    [Fact]
    public void A_discarding_folder_records_what_would_be_written_and_touches_neither_the_output_nor_its_spare()
    {
        var target = Path.Combine(_parent, "_site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "previous");
        Directory.CreateDirectory(Path.Combine(_parent, ".civic-spare-_site"));

        using (var stage = new StagingFolder(target, discard: true))
        {
            stage.WriteText("stories/a/index.html", "新");
            stage.WriteBytes("data/a.csv", "id\n"u8);
            Assert.True(stage.Wrote("stories/a/index.html"));
            Assert.Equal(["data/a.csv", "stories/a/index.html"], stage.WrittenFiles.Order(StringComparer.Ordinal));
            stage.Commit();
        }

        Assert.Equal([".civic-spare-_site", "_site"], Entries());
        Assert.Equal(["index.html"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "index.html")));
    }

    [Fact]
    public void A_build_that_never_commits_leaves_the_previous_site_untouched()
    {
        var target = Path.Combine(_parent, "_site");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "index.html"), "previous");

        using (var stage = new StagingFolder(target))
        {
            stage.WriteText("index.html", "half-built");
        }

        Assert.Equal("previous", File.ReadAllText(Path.Combine(target, "index.html")));
        Assert.Equal([".civic-spare-_site", "_site"], Entries());
    }

    [Fact]
    public void The_replaced_site_becomes_the_next_staging_folder_and_only_changes_touch_the_disk()
    {
        var target = Path.Combine(_parent, "_site");
        Build(target, ("same.html", "不变"), ("changed.html", "旧"), ("gone/index.html", "删"));
        Build(target, ("same.html", "不变"), ("changed.html", "旧"), ("gone/index.html", "删"));
        var spare = Path.Combine(_parent, ".civic-spare-_site");
        var before = File.GetLastWriteTimeUtc(Path.Combine(spare, "same.html"));
        File.SetLastWriteTimeUtc(Path.Combine(spare, "same.html"), before.AddDays(-1));

        Build(target, ("same.html", "不变"), ("changed.html", "新的内容"), ("new/index.html", "增"));

        Assert.Equal(["changed.html", "new/index.html", "same.html"], Files(target));
        Assert.Equal("新的内容", File.ReadAllText(Path.Combine(target, "changed.html")));
        Assert.Equal(before.AddDays(-1), File.GetLastWriteTimeUtc(Path.Combine(target, "same.html")));
        Assert.False(Directory.Exists(Path.Combine(target, "gone")));
        Assert.Equal([".civic-spare-_site", "_site"], Entries());
    }

    [Fact]
    public void With_a_ledger_unchanged_files_are_left_alone_and_leftovers_go_build_after_build()
    {
        var target = Path.Combine(_parent, "_site");
        var ledger = new OutputLedger();
        Build(target, ledger, ("same.html", "不变"), ("changed.html", "旧"), ("gone/deep/index.html", "删"), ("data.bin", "\u0001"));
        Build(target, ledger, ("same.html", "不变"), ("changed.html", "旧"), ("gone/deep/index.html", "删"), ("data.bin", "\u0001"));
        Assert.NotNull(ledger.Contents(target));
        Assert.NotNull(ledger.Contents(Path.Combine(_parent, ".civic-spare-_site")));

        // Three more builds, so that each of the two folders is reused while the ledger knows it.
        var old = DateTime.UtcNow.AddDays(-1);
        File.SetLastWriteTimeUtc(Path.Combine(_parent, ".civic-spare-_site", "same.html"), old);
        Build(target, ledger, ("same.html", "不变"), ("changed.html", "新的内容"), ("new/index.html", "增"), ("data.bin", "\u0002"));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(target, "same.html")));
        Build(target, ledger, ("same.html", "不变"), ("changed.html", "又改了"), ("data.bin", "\u0002"));
        Build(target, ledger, ("same.html", "不变"), ("changed.html", "新的内容"), ("data.bin", "\u0001"));

        Assert.Equal(["changed.html", "data.bin", "same.html"], Files(target));
        Assert.Equal(("新的内容", (byte)1), (File.ReadAllText(Path.Combine(target, "changed.html")), File.ReadAllBytes(Path.Combine(target, "data.bin"))[0]));
        Assert.Equal(old, File.GetLastWriteTimeUtc(Path.Combine(target, "same.html")));
        Assert.Equal(["changed.html", "data.bin", "same.html"], Files(Path.Combine(_parent, ".civic-spare-_site")));
        Assert.Equal([".civic-spare-_site", "_site"], Entries());
    }

    [Fact]
    public void With_a_ledger_a_build_that_fails_part_way_leaves_a_spare_that_is_read_again()
    {
        var target = Path.Combine(_parent, "_site");
        var ledger = new OutputLedger();
        Build(target, ledger, ("a.html", "一"), ("b.html", "二"));
        Build(target, ledger, ("a.html", "一"), ("b.html", "二"));
        using (var failed = new StagingFolder(target, ledger))
        {
            failed.WriteText("a.html", "半途");
        }

        Assert.Null(ledger.Contents(Path.Combine(_parent, ".civic-spare-_site")));
        Build(target, ledger, ("a.html", "一"), ("b.html", "二"));
        Build(target, ledger, ("a.html", "一"), ("b.html", "二"));

        Assert.Equal(("一", "一"), (File.ReadAllText(Path.Combine(target, "a.html")), File.ReadAllText(Path.Combine(_parent, ".civic-spare-_site", "a.html"))));
    }

    [Fact]
    public void Writing_one_file_twice_in_a_build_is_an_error()
    {
        using var stage = new StagingFolder(Path.Combine(_parent, "_site"));
        stage.WriteText("a.html", "一");

        Assert.Throws<IOException>(() => stage.WriteText("a.html", "二"));
    }

    private static void Build(string target, params (string Path, string Text)[] files) => Build(target, null, files);

    // Files named *.bin are written as bytes, the others as text.
    private static void Build(string target, OutputLedger? ledger, params (string Path, string Text)[] files)
    {
        using var stage = new StagingFolder(target, ledger);
        foreach (var (path, text) in files)
        {
            if (path.EndsWith(".bin", StringComparison.Ordinal))
            {
                stage.WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
            }
            else
            {
                stage.WriteText(path, text);
            }
        }

        stage.Commit();
    }

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_parent).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal)];

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void Paths_that_leave_the_folder_are_refused()
    {
        using var stage = new StagingFolder(Path.Combine(_parent, "_site"));

        Assert.Throws<ArgumentException>(() => stage.WriteText("../escape.html", "x"));
        Assert.False(File.Exists(Path.Combine(_parent, "escape.html")));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark()
    {
        using var stage = new StagingFolder(Path.Combine(_parent, "_site"));
        stage.WriteText("a.txt", "驿站");

        Assert.Equal([0xE9, 0xA9, 0xBF, 0xE7, 0xAB, 0x99], File.ReadAllBytes(stage.PathOf("a.txt")));
    }

    [Fact]
    public void Files_land_in_folders_made_ahead_of_them()
    {
        var target = Path.Combine(_parent, "_site");
        using (var stage = new StagingFolder(target))
        {
            stage.PrepareFolders(["stories/驿站/index.html", "en/stories/驿站/index.html", "index.html"]);
            stage.WriteText("en/stories/驿站/index.html", "en");
            stage.WriteText("stories/驿站/index.html", "zh");
            stage.WriteText("index.html", "home");
            stage.Commit();
        }

        Assert.Equal(["en/stories/驿站/index.html", "index.html", "stories/驿站/index.html"], Files(target));
        Assert.Equal("zh", File.ReadAllText(Path.Combine(target, "stories", "驿站", "index.html")));
    }

    [Fact]
    public void A_build_given_up_while_folders_are_made_ahead_leaves_nothing_but_its_spare()
    {
        var stage = new StagingFolder(Path.Combine(_parent, "_site"));
        stage.PrepareFolders([.. Enumerable.Range(0, 20_000).Select(i => $"p/{i}/index.html")]);
        SpinWait.SpinUntil(() => Directory.Exists(Path.Combine(stage.Root, "p", "0")), TimeSpan.FromSeconds(10));

        stage.Dispose();
        Thread.Sleep(200); // time enough for a folder maker still running to bring the staging folder back

        Assert.False(Directory.Exists(stage.Root));
        Assert.Equal([".civic-spare-_site"], Entries());
    }

    [Fact]
    public void Folders_made_ahead_never_leave_the_folder()
    {
        using var stage = new StagingFolder(Path.Combine(_parent, "_site"));
        stage.PrepareFolders(["../outside/index.html", "inside/index.html"]);
        stage.WriteText("inside/index.html", "x");
        stage.Commit();

        Assert.False(Directory.Exists(Path.Combine(_parent, "outside")));
    }
}
