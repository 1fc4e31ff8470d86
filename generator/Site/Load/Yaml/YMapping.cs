using System.Collections.Immutable;
using Civic.Site.Diagnostics;

namespace Civic.Site.Load.Yaml;

/// <summary>A YAML mapping with unique keys (duplicates are reported and dropped while reading).</summary>
public sealed class YMapping : YNode
{
    // Small mappings (front matter, records) are searched by a scan, which is faster than building a table.
    private const int ScanUpTo = 16;

    private readonly Dictionary<string, YEntry>? _byKey;

    /// <summary>Makes a mapping; keys must already be unique.</summary>
    public YMapping(SourceLocation start, ImmutableArray<YEntry> entries) : base(start)
    {
        Entries = entries;
        if (entries.Length > ScanUpTo) _byKey = entries.ToDictionary(e => e.Key.Value, StringComparer.Ordinal);
        var weight = 1L;
        foreach (var e in entries) weight = Add(Add(weight, 1), e.Value.Weight);
        Weight = weight;
    }

    /// <summary>The entries in written order.</summary>
    public ImmutableArray<YEntry> Entries { get; }

    /// <inheritdoc/>
    public override long Weight { get; }

    /// <inheritdoc/>
    public override string KindName => DiagnosticTexts.Mapping;

    /// <summary>The value of <paramref name="key"/>, or null when the key is absent.</summary>
    public YNode? Get(string key) => Entry(key)?.Value;

    /// <summary>The entry of <paramref name="key"/>, or null when the key is absent.</summary>
    public YEntry? Entry(string key)
    {
        if (_byKey is not null) return _byKey.TryGetValue(key, out var found) ? found : null;
        foreach (var e in Entries)
        {
            if (e.Key.Value == key) return e;
        }
        return null;
    }

    /// <summary>True when the key is present with a non-null value.</summary>
    public bool HasValue(string key) => Get(key) is { } v && !(v is YScalar s && s.IsNull);
}
