namespace Civic.Site.Emit.Feeds;

/// <summary>Makes root-relative links and images absolute; the patterns are made once per build, not per story.</summary>
internal sealed class LinkBase(string baseUrl, string basePath)
{
    private readonly string _hrefFrom = $"href=\"{basePath}";
    private readonly string _hrefTo = $"href=\"{baseUrl}";
    private readonly string _srcFrom = $"src=\"{basePath}";
    private readonly string _srcTo = $"src=\"{baseUrl}";

    /// <summary><paramref name="html"/> with its links absolute; the same string when it has none.</summary>
    public string Absolute(string html) => html
        .Replace(_hrefFrom, _hrefTo, StringComparison.Ordinal)
        .Replace(_srcFrom, _srcTo, StringComparison.Ordinal);
}
