namespace Civic.Site.Emit.Search;

/// <summary>A district or topic a document belongs to: its stable id and its names for the facet list.</summary>
public sealed record SearchFacetValue(string Id, string Name, string? NameEn = null);
