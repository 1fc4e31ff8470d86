using System.Collections.Immutable;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load.Yaml;

/// <summary>A YAML mapping with unique keys (duplicates are reported and dropped while reading).</summary>
public sealed class YMapping : YNode
{
    private readonly Dictionary<string, YEntry> _byKey;

    /// <summary>Makes a mapping; keys must already be unique.</summary>
    public YMapping(SourceLocation start, ImmutableArray<YEntry> entries) : base(start)
    {
        Entries = entries;
        _byKey = entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        Weight = entries.Aggregate(1L, (w, e) => Add(Add(w, 1), e.Value.Weight));
    }

    /// <summary>The entries in written order.</summary>
    public ImmutableArray<YEntry> Entries { get; }

    /// <inheritdoc/>
    public override long Weight { get; }

    /// <inheritdoc/>
    public override string KindName => DiagnosticTexts.Mapping;

    /// <summary>The value of <paramref name="key"/>, or null when the key is absent.</summary>
    public YNode? Get(string key) => _byKey.TryGetValue(key, out var e) ? e.Value : null;

    /// <summary>The entry of <paramref name="key"/>, or null when the key is absent.</summary>
    public YEntry? Entry(string key) => _byKey.TryGetValue(key, out var e) ? e : null;

    /// <summary>True when the key is present with a non-null value.</summary>
    public bool HasValue(string key) => Get(key) is { } v && !(v is YScalar s && s.IsNull);
}
