namespace Civic.Site.Emit.Sitemap;

/// <summary>One URL of the sitemap.</summary>
/// <param name="Url">Absolute URL.</param>
/// <param name="LastModified">When the content last changed, or null when the content has no date.</param>
public sealed record SitemapEntry(string Url, DateOnly? LastModified);
