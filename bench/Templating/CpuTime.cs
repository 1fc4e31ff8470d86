using System.Diagnostics;

namespace Civic.Templating.Bench;

/// <summary>
/// Renders per CPU-second on one thread: a figure that stays meaningful when the machine is shared and wall-clock
/// timings are noisy. Complements the BenchmarkDotNet run.
/// </summary>
internal static class CpuTime
{
    public static void Measure()
    {
        var benchmark = new StoryPageBenchmark();
        benchmark.Setup();
        for (var i = 0; i < 2_000; i++)
        {
            benchmark.RenderStoryPage();
        }

        const int renders = 20_000;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < renders; i++)
        {
            benchmark.RenderStoryPage();
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine($"{renders} renders: {renders / cpu.TotalSeconds:F0} renders per CPU-second, "
            + $"{renders / wall.Elapsed.TotalSeconds:F0} renders per wall-second, {allocated / renders / 1024.0:F1} KB allocated per render");
    }
}
