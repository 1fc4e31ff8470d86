using System.Diagnostics;

namespace Civic.Templating.Bench;

/// <summary>
/// Renders per CPU-second on one thread: a figure that stays meaningful when the machine is shared and wall-clock
/// timings are noisy. Complements the BenchmarkDotNet run. Several rounds are timed; the median and the best round
/// are reported, since other processes on the machine only ever make a round slower.
/// </summary>
internal static class CpuTime
{
    private const int Rounds = 7;
    private const int RendersPerRound = 10_000;

    public static void Measure()
    {
        var story = new StoryPageBenchmark();
        story.Setup();
        Measure("story page", () => story.RenderStoryPage(), 1);
        var list = new CardListBenchmark();
        list.Setup();
        Measure($"list page of {CardListPage.Cards} cards", () => list.RenderCardList(), 50);
    }

    private static void Measure(string name, Func<string> render, int divisor)
    {
        var rendersPerRound = RendersPerRound / divisor;
        for (var i = 0; i < 5_000 / divisor; i++)
        {
            render();
        }

        var rates = new double[Rounds];
        var process = Process.GetCurrentProcess();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            for (var i = 0; i < rendersPerRound; i++)
            {
                render();
            }

            process.Refresh();
            rates[round] = rendersPerRound / (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        }

        wall.Stop();
        var renders = Rounds * rendersPerRound;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Array.Sort(rates);
        Console.WriteLine($"{name}: {renders} renders in {Rounds} rounds: {rates[Rounds / 2]:F0} renders per CPU-second (median round), "
            + $"{rates[^1]:F0} (best round), {renders / wall.Elapsed.TotalSeconds:F0} renders per wall-second, "
            + $"{allocated / (double)renders / 1024.0:F1} KB allocated per render");
    }
}
