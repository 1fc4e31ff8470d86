namespace Civic.Site.Emit.Search;

/// <summary>
/// Reads the searchable part of a rendered page: the element marked <c>data-search-body</c>, else <c>&lt;main&gt;</c>,
/// else the body; without navigation, scripts, forms and anything marked <c>data-search-ignore</c> or <c>hidden</c>.
/// Block elements end a line. Safe to call from several threads at once.
/// </summary>
public static class SearchTextExtractor
{
    /// <summary>The page's title (its first h1 in the main part, else &lt;title&gt;) and main text.</summary>
    public static (string Title, string Text) Extract(string html) => SearchTextScanner.Extract(html.AsMemory());

    /// <summary>As <see cref="Extract(string)"/>, for a page that is not a string (one rendered into a reused buffer).</summary>
    public static (string Title, string Text) Extract(ReadOnlyMemory<char> html) => SearchTextScanner.Extract(html);
}
