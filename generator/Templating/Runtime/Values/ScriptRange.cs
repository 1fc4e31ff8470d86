using System.Collections;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// The integer sequence produced by <c>a..b</c> (inclusive) or <c>a..&lt;b</c> (exclusive). Counts down when
/// <c>b &lt; a</c>, as Scriban does. Lazy, so <c>1..1000000</c> costs nothing until iterated.
/// </summary>
public sealed class ScriptRange : IReadOnlyList<object?>
{
    /// <summary>Creates the range.</summary>
    public ScriptRange(long from, long to, bool exclusive)
    {
        From = from;
        To = to;
        Exclusive = exclusive;
        var distance = Math.Abs(to - from);
        Count = (int)Math.Min(int.MaxValue, exclusive ? distance : distance + 1);
    }

    /// <summary>First value.</summary>
    public long From { get; }

    /// <summary>Bound given after the operator.</summary>
    public long To { get; }

    /// <summary>True for <c>..&lt;</c>.</summary>
    public bool Exclusive { get; }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public object? this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                return null;
            }

            var value = To >= From ? From + index : From - index;
            return ValueConverter.Box(value);
        }
    }

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
