namespace Civic.Site.Render;

/// <summary>What a build was asked for, as far as rendering is concerned.</summary>
/// <param name="BaseUrl">Absolute base URL of the published site.</param>
/// <param name="IncludeDrafts">Render draft stories too.</param>
/// <param name="Outputs">Names of the registered emitters; the theme links feeds, downloads and search only when their writer runs.</param>
/// <param name="DatasetLandings">Per dataset id, what the open-data step gives its landing page (downloads with sizes,
/// citation, JSON-LD) as template values; computed once per build. Empty when open data is not published.</param>
public sealed record RenderSettings(
    string BaseUrl,
    bool IncludeDrafts,
    IReadOnlyCollection<string> Outputs,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, object?>>? DatasetLandings = null);
