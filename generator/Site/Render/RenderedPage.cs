namespace Civic.Site.Render;

/// <summary>A finished HTML page.</summary>
public sealed record RenderedPage(string Kind, string Language, string Url, string OutputPath, string SourcePath, string Html);
