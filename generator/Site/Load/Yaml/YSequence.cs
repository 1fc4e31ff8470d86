using System.Collections.Immutable;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load.Yaml;

/// <summary>A YAML list.</summary>
public sealed class YSequence(SourceLocation start, ImmutableArray<YNode> items) : YNode(start)
{
    /// <summary>The items in order.</summary>
    public ImmutableArray<YNode> Items { get; } = items;

    /// <inheritdoc/>
    public override long Weight { get; } = WeightOf(items);

    /// <inheritdoc/>
    public override string KindName => DiagnosticTexts.Sequence;

    private static long WeightOf(ImmutableArray<YNode> items)
    {
        var weight = 1L;
        foreach (var n in items) weight = Add(weight, n.Weight);
        return weight;
    }
}
