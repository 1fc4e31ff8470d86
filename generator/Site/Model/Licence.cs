namespace Civic.Site.Model;

/// <summary>The licence the site's content and data are published under.</summary>
/// <param name="Id">An SPDX identifier such as <c>CC-BY-4.0</c>.</param>
/// <param name="Name">Its human name.</param>
/// <param name="Url">Where the licence text lives, or null.</param>
public sealed record Licence(string Id, string Name, string? Url);
