namespace Civic.Site;

/// <summary>What <c>civic build</c> was asked to do.</summary>
/// <param name="Root">The site root (the folder holding site.yml).</param>
/// <param name="OutputDir">Where the site goes; null means site.yml's <c>output</c>, relative to the root.</param>
/// <param name="BaseUrl">Overrides site.yml's <c>base_url</c> when set.</param>
/// <param name="IncludeDrafts">Build draft stories too.</param>
public sealed record BuildOptions(string Root, string? OutputDir = null, string? BaseUrl = null, bool IncludeDrafts = false);
