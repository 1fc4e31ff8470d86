namespace Civic.Site.Emit.Search;

/// <summary>Ranked hits of a query, best first.</summary>
public sealed record SearchResult(SearchMatchMode Mode, IReadOnlyList<SearchHit> Hits);
