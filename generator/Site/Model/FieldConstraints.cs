using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>Constraints on a field's values, as in Frictionless Table Schema.</summary>
/// <param name="Required">The key must be present (an array: with at least one item).</param>
/// <param name="Unique">No two records may share a value.</param>
/// <param name="Minimum">Lowest allowed number, or null.</param>
/// <param name="Maximum">Highest allowed number, or null.</param>
/// <param name="MinLength">Shortest string (in characters) or array, or null.</param>
/// <param name="MaxLength">Longest string (in characters) or array, or null.</param>
/// <param name="Pattern">A regular expression every string (or array item) must match as a whole, or null.</param>
/// <param name="Enum">Allowed values for a string (or each array item); empty when any value is allowed.</param>
public sealed record FieldConstraints(
    bool Required,
    bool Unique,
    decimal? Minimum,
    decimal? Maximum,
    int? MinLength,
    int? MaxLength,
    string? Pattern,
    ImmutableArray<string> Enum)
{
    /// <summary>No constraints at all.</summary>
    public static FieldConstraints None { get; } = new(false, false, null, null, null, null, null, []);
}
