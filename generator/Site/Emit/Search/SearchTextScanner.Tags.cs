namespace Civic.Site.Emit.Search;

// Start tags as the scanner sees them: a shared name and the few attributes that matter, read once.
internal sealed partial class SearchTextScanner
{
    private static TagAttributes AttributeOf(ReadOnlySpan<char> name) => name switch
    {
        "data-search-body" => TagAttributes.SearchBody,
        "data-search-ignore" => TagAttributes.SearchIgnore,
        "hidden" => TagAttributes.Hidden,
        "color" or "face" or "size" => TagAttributes.FontStyle,
        _ => TagAttributes.None,
    };

    private static bool BreaksOutOfForeign(Tag tag) =>
        SearchHtmlTags.BreaksOutOfForeign.Contains(tag.Name) || (tag.Name == "font" && tag.Has(TagAttributes.FontStyle));

    private static bool IsSkipped(Tag tag, string name) =>
        SearchHtmlTags.Skipped.Contains(name) || tag.Has(TagAttributes.SearchIgnore) || tag.Has(TagAttributes.Hidden);

    [Flags]
    private enum TagAttributes
    {
        None = 0,
        SearchBody = 1,
        SearchIgnore = 2,
        Hidden = 4,
        FontStyle = 8,
    }

    /// <summary>A start tag as far as the scanner cares: its name and the attributes it looks at.</summary>
    private readonly record struct Tag(string Name, bool SelfClosing, TagAttributes Attributes)
    {
        public bool Has(TagAttributes attribute) => (Attributes & attribute) != 0;
    }
}
