using System.Diagnostics.Tracing;

namespace Civic.Templating.Bench;

/// <summary>
/// Which types a render allocates, sampled by the runtime's allocation ticks (one about every 100 KB): shows
/// where the bytes of the <c>Allocated</c> column go.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private bool _enabled;

    public static void Measure()
    {
        var benchmark = new StoryPageBenchmark();
        benchmark.Setup();
        benchmark.RenderStoryPage();
        using var sampler = new AllocationSampler();
        sampler._enabled = true;
        for (var i = 0; i < 20_000; i++)
        {
            benchmark.RenderStoryPage();
        }

        sampler._enabled = false;
        Dictionary<string, long> copy;
        lock (sampler._bytes)
        {
            copy = new Dictionary<string, long>(sampler._bytes);
        }

        var total = copy.Values.Sum();
        foreach (var (type, bytes) in copy.OrderByDescending(static p => p.Value).Take(30))
        {
            Console.WriteLine($"{100.0 * bytes / total,5:F1}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal)
            || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.Payload[eventData.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount")]);
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }
}
