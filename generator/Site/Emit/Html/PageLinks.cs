namespace Civic.Site.Emit.Html;

/// <summary>What a page offers (its ids) and what it points to (its links), in document order by kind.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<PageLink> Links);
