namespace Civic.Site.Emit.Search;

/// <summary>A term at a position. Positions count Latin words and CJK characters, so adjacent bigrams differ by one.</summary>
/// <param name="Single">True for a CJK character that has a CJK neighbour: indexed, but not a query term.</param>
public readonly record struct SearchToken(string Term, int Position, bool Single);
