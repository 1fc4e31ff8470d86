namespace Civic.Site.Emit.Html;

/// <summary>What one start tag holds for the link check: its id and its link, either possibly absent.</summary>
internal readonly record struct ScannedTag(string? Id, PageLink? Link);
