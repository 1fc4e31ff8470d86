namespace Civic.Site.Render;

/// <summary>A finished HTML page.</summary>
/// <param name="Html">The page as a string; empty for a page of a one-off build, whose HTML is only in <see cref="Text"/>.</param>
public sealed record RenderedPage(string Kind, string Language, string Url, string OutputPath, string SourcePath, string Html)
{
    private readonly ReadOnlyMemory<char> _text;

    /// <summary>
    /// The page's HTML. A one-off build renders each page into a buffer its render thread reuses for the next page:
    /// there this is valid only while the page is handed to whoever writes it, and never kept.
    /// </summary>
    public ReadOnlyMemory<char> Text
    {
        get => Html.Length > 0 ? Html.AsMemory() : _text;
        init => _text = value;
    }
}
