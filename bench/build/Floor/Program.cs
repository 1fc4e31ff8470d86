using System.Diagnostics;
using System.Globalization;
using Civic.Site.Emit;

namespace Civic.Bench.Floor;

/// <summary>
/// What writing a built site costs on this machine before any page is made: reads every file of a built output
/// folder into memory, empties the page cache, then writes the same files into a new folder from all cores and times
/// only that. The writes use the build's own calls (<see cref="DirectFiles"/>: one folder creation per new folder, then
/// open, write, close; no preallocation), so a build can never take less than this.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 2 || Directory.Exists(args[1]) || !Directory.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: floor BUILT_SITE NEW_FOLDER   (NEW_FOLDER must not exist yet)");
            return 2;
        }

        var source = Path.GetFullPath(args[0]);
        var target = Path.GetFullPath(args[1]);
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: Path.Combine(target, Path.GetRelativePath(source, f)), Bytes: File.ReadAllBytes(f)))
            .ToArray();
        var folders = files.Select(f => Path.GetDirectoryName(f.Path)!).Distinct().Count();
        EmptyPageCache();

        var process = Process.GetCurrentProcess();
        var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, files.Length, i =>
        {
            var folder = Path.GetDirectoryName(files[i].Path)!;
            if (!created.ContainsKey(folder))
            {
                DirectFiles.CreateFolder(folder);
                created.TryAdd(folder, true);
            }

            DirectFiles.WriteFile(files[i].Path, files[i].Bytes);
        });
        clock.Stop();
        process.Refresh();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"files {files.Length} folders {folders} bytes {files.Sum(f => (long)f.Bytes.Length)} wall_s {clock.Elapsed.TotalSeconds:F2} " +
            $"user_s {(process.UserProcessorTime - user).TotalSeconds:F2} system_s {(process.PrivilegedProcessorTime - system).TotalSeconds:F2}"));
        return 0;
    }

    /// <summary>As the benchmark does before each build; needs root, and without it the figure is noisier.</summary>
    private static void EmptyPageCache()
    {
        using (var sync = Process.Start("sync"))
        {
            sync.WaitForExit();
        }

        try
        {
            File.WriteAllText("/proc/sys/vm/drop_caches", "3\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine("floor: could not empty the page cache (" + e.Message + "); figures will be noisier");
        }
    }
}
