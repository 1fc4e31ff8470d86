namespace Civic.Templating.Runtime.Values;

/// <summary>Pre-boxed small integers, so loops and indexes do not allocate a box per value.</summary>
internal static class BoxedInts
{
    private const int Min = -128;
    private const int Max = 1024;
    private static readonly object[] Cache = Enumerable.Range(Min, Max - Min + 1).Select(static i => (object)i).ToArray();

    public static object Get(int value) => value is >= Min and <= Max ? Cache[value - Min] : value;
}
