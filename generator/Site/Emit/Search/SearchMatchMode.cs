namespace Civic.Site.Emit.Search;

/// <summary>How a query matched: every term, or (when nothing has them all) most of them, or not at all.</summary>
public enum SearchMatchMode
{
    All,
    Most,
    None,
}
