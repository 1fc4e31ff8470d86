namespace Civic.Site.Emit.Html;

/// <summary>A link in a rendered page whose target is not in the output.</summary>
/// <param name="Page">The output file, relative to the site root (e.g. <c>stories/flood/index.html</c>).</param>
/// <param name="Href">The attribute value as written.</param>
/// <param name="Element">The element and attribute, e.g. <c>a[href]</c>.</param>
public sealed record BrokenLink(string Page, string Href, string Element);
