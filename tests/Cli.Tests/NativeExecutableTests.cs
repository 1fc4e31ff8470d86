using System.Diagnostics;
using System.Text.Json;
using Civic.TestKit;
using Xunit.Abstractions;

namespace Civic.Cli.Tests;

/// <summary>
/// The native executable (<c>dotnet publish generator/Cli -c Release -r linux-x64</c>, named by <c>CIVIC_NATIVE</c>)
/// against the CLI run in-process: a native build has no reflection-made code, so what works here may still break there.
/// </summary>
public sealed class NativeExecutableTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("civic-native-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void Native_build_of_the_bundled_site_is_byte_identical_to_the_in_process_one()
    {
        if (Native() is not { } native)
        {
            return;
        }

        var (nativeOut, managedOut) = (Path.Combine(_work, "native"), Path.Combine(_work, "managed"));
        var (exit, stdout, stderr) = Run(native, "build", "--root", RepoPaths.Root, "--out", nativeOut);
        Assert.True(exit == 0, stdout + stderr);
        Assert.Equal(0, CliRunner.Run("build", "--root", RepoPaths.Root, "--out", managedOut).Exit);

        var files = Directory.GetFiles(managedOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(managedOut, f)).Order().ToList();
        Assert.True(files.Count > 400, $"only {files.Count} files built");
        Assert.Equal(files, Directory.GetFiles(nativeOut, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(nativeOut, f)).Order());
        Assert.All(files, f => Assert.True(
            File.ReadAllBytes(Path.Combine(managedOut, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(nativeOut, f))), f + " differs"));
    }

    [Fact]
    public void Native_check_reports_a_broken_story_as_the_in_process_one_does()
    {
        if (Native() is not { } native)
        {
            return;
        }

        using var site = TempSite.CopyOfRepositorySite();
        Break(site);

        var (exit, stdout, stderr) = Run(native, "check", "--root", site.Root);
        var managed = CliRunner.Run("check", "--root", site.Root);
        Assert.Equal((1, managed.Out, managed.Err), (exit, stdout, stderr));
        Assert.Contains("content/stories/hanyang-dililiang.md:3:7: error CIV2110", stdout + stderr);
    }

    [Fact]
    public async Task Native_serve_sends_a_failed_build_to_the_open_page_as_one_json_string()
    {
        if (Native() is not { } native)
        {
            return;
        }

        using var site = TempSite.CopyOfRepositorySite();
        using var serve = Start(native, "serve", "--root", site.Root, "--port", "0", "--out", Path.Combine(_work, "serve"));
        try
        {
            var address = await ServingAddress(serve);
            using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(30) };
            using var events = new StreamReader(await http.GetStreamAsync("__civic/events"));
            Assert.Equal(": connected", await events.ReadLineAsync());

            Break(site);
            var lines = new List<string>();
            while (await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)) is { } line)
            {
                lines.Add(line);
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.Equal("event: failed", lines[^2]);
            var data = JsonSerializer.Deserialize<string>(lines[^1]["data: ".Length..]);
            Assert.Contains("content/stories/hanyang-dililiang.md:3:7: error CIV2110", data);
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    private static void Break(TempSite site)
    {
        var story = Path.Combine(site.Root, "content", "stories", "hanyang-dililiang.md");
        File.WriteAllText(story, File.ReadAllText(story).Replace("date: 2025-12-25", "date: 2025-14-45", StringComparison.Ordinal));
    }

    /// <summary>The native executable, or null (with a note) where none was published; in CI its absence fails the test.</summary>
    private string? Native()
    {
        var path = Environment.GetEnvironmentVariable("CIVIC_NATIVE");
        if (path is { Length: > 0 } && File.Exists(path))
        {
            return path;
        }

        const string how = "publish it with `dotnet publish generator/Cli -c Release -r linux-x64 -o DIR` (needs clang) and set CIVIC_NATIVE=DIR/civic";
        Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"No native executable at CIVIC_NATIVE ('{path}'): {how}.");
        output.WriteLine($"Not run here: {how}.");
        return null;
    }

    private static (int Exit, string Out, string Err) Run(string executable, params string[] args)
    {
        using var process = Start(executable, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the native executable did not finish in 2 minutes");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static Process Start(string executable, params string[] args)
    {
        var start = new ProcessStartInfo(executable, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        return Process.Start(start)!;
    }

    private static async Task<string> ServingAddress(Process serve)
    {
        while (await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60)) is { } line)
        {
            if (line.StartsWith("serving ", StringComparison.Ordinal))
            {
                return line.Split(' ')[1];
            }
        }

        throw new InvalidOperationException("serve stopped before listening: " + await serve.StandardError.ReadToEndAsync());
    }
}
