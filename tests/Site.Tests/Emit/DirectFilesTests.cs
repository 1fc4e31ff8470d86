using Civic.Site.Emit;

namespace Civic.Site.Tests.Emit;

public sealed class DirectFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("civic-direct-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Makes_every_missing_folder_of_a_path_with_chinese_names()
    {
        var folder = Path.Combine(_root, "社区", "青和居", "page");

        DirectFiles.CreateFolder(folder);
        DirectFiles.CreateFolder(folder);

        Assert.True(Directory.Exists(folder));
        Assert.Equal(["青和居"], Directory.GetDirectories(Path.Combine(_root, "社区")).Select(Path.GetFileName));
    }

    [Fact]
    public void Writes_the_exact_bytes_and_cuts_a_longer_older_file()
    {
        var path = Path.Combine(_root, "驿站.html");
        File.WriteAllText(path, new string('x', 100_000));
        var bytes = "<p>户外工作者驿站</p>\n"u8.ToArray();

        DirectFiles.WriteFile(path, bytes);

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(OperatingSystem.IsLinux(), DirectFiles.UsesSystemCalls);
    }

    [Fact]
    public void Writes_a_file_larger_than_one_write_call_takes_in_one_piece()
    {
        var path = Path.Combine(_root, "large.bin");
        var bytes = Enumerable.Range(0, 3_000_000).Select(i => (byte)(i * 7)).ToArray();

        DirectFiles.WriteFile(path, bytes);

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_path_through_a_file_is_an_io_error_that_names_the_path()
    {
        var file = Path.Combine(_root, "stories");
        File.WriteAllText(file, "not a folder");
        var path = Path.Combine(file, "a", "index.html");

        var error = Assert.ThrowsAny<IOException>(() =>
        {
            DirectFiles.CreateFolder(Path.GetDirectoryName(path)!);
            DirectFiles.WriteFile(path, "x"u8);
        });

        Assert.Contains("stories", error.Message, StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(file));
    }

    [Fact]
    public void A_new_file_gets_the_same_permissions_as_one_dotnet_creates()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var ours = Path.Combine(_root, "ours.html");
        var theirs = Path.Combine(_root, "theirs.html");
        var ourFolder = Path.Combine(_root, "ours");
        var theirFolder = Path.Combine(_root, "theirs");

        DirectFiles.WriteFile(ours, "a"u8);
        File.WriteAllBytes(theirs, "a"u8);
        DirectFiles.CreateFolder(ourFolder);
        Directory.CreateDirectory(theirFolder);

        Assert.Equal(File.GetUnixFileMode(theirs), File.GetUnixFileMode(ours));
        Assert.Equal(File.GetUnixFileMode(theirFolder), File.GetUnixFileMode(ourFolder));
    }
}
