using Civic.Site.Diagnostics;

namespace Civic.Site.Load.Yaml;

/// <summary>
/// A YAML value with the position it starts at. Aliases share the anchored node instead of copying it, and
/// <see cref="Weight"/> counts the values a full expansion would hold, which is what the alias limit checks.
/// </summary>
public abstract class YNode(SourceLocation start)
{
    /// <summary>Where the value starts.</summary>
    public SourceLocation Start { get; } = start;

    /// <summary>Number of values in the fully expanded tree (saturating at <see cref="long.MaxValue"/>).</summary>
    public abstract long Weight { get; }

    /// <summary>"a single value", "a list" or "a mapping", for messages.</summary>
    public abstract string KindName { get; }

    internal static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
