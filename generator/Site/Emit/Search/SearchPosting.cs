namespace Civic.Site.Emit.Search;

/// <summary>A term in one document. Positions are kept for all terms but single CJK characters.</summary>
public sealed record SearchPosting(int Doc, int TitleCount, int BodyCount, IReadOnlyList<int>? Positions);
