namespace Civic.Site.Diagnostics;

/// <summary>A second place that explains a diagnostic, such as the first occurrence of a duplicate.</summary>
public sealed record RelatedLocation(SourceLocation Location, string Message);
