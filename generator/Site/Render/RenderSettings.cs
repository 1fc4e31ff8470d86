namespace Civic.Site.Render;

/// <summary>What a build was asked for, as far as rendering is concerned.</summary>
/// <param name="BaseUrl">Absolute base URL of the published site.</param>
/// <param name="IncludeDrafts">Render draft stories too.</param>
/// <param name="Outputs">Names of the registered emitters; the theme links feeds, downloads and search only when their writer runs.</param>
public sealed record RenderSettings(string BaseUrl, bool IncludeDrafts, IReadOnlyCollection<string> Outputs);
