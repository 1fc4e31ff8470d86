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
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
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
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_parent).Select(Path.GetFileName));
    }

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
}
