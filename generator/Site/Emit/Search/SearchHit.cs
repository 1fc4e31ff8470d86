namespace Civic.Site.Emit.Search;

/// <summary>A matching document and its score.</summary>
public sealed record SearchHit(int Doc, double Score);
