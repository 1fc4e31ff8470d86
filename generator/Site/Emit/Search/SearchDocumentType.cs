namespace Civic.Site.Emit.Search;

/// <summary>What a search result is. The order is the facet order and the small int stored in the doc table.</summary>
public enum SearchDocumentType
{
    Story,
    Community,
    Station,
    Programme,
    Dataset,
    District,
    Topic,
    Page,
}
