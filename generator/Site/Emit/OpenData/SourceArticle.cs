namespace Civic.Site.Emit.OpenData;

/// <summary>A source article as the landing page lists it; what the article does not show is null.</summary>
public sealed record SourceArticle(string Id, string Headline, string? HeadlineEn, string? Publisher, string? Date);
