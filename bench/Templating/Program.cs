using BenchmarkDotNet.Running;

namespace Civic.Templating.Bench;

internal static class Program
{
    private static void Main(string[] args)
    {
        if (args is ["--print"])
        {
            var benchmark = new StoryPageBenchmark();
            benchmark.Setup();
            Console.WriteLine(benchmark.RenderStoryPage());
            return;
        }

        if (args is ["--print", "list"])
        {
            var list = new CardListBenchmark();
            list.Setup();
            Console.WriteLine(list.RenderCardList());
            return;
        }

        if (args is ["--alloc"])
        {
            AllocationSampler.Measure();
            return;
        }

        if (args is ["--cpu"])
        {
            CpuTime.Measure();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
