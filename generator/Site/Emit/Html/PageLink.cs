namespace Civic.Site.Emit.Html;

/// <summary>A link attribute's value and which of the scanned element/attribute pairs holds it.</summary>
public readonly record struct PageLink(string Href, int Kind);
