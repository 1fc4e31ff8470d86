namespace Civic.Site.Load.Yaml;

/// <summary>One <c>key: value</c> of a mapping.</summary>
public sealed record YEntry(YScalar Key, YNode Value);
