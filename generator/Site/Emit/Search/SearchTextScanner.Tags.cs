using AngleSharp.Html.Parser.Tokens.Struct;

namespace Civic.Site.Emit.Search;

// Start tags as the scanner sees them: a shared name and the few attributes that matter, read once.
internal sealed partial class SearchTextScanner
{
    // Attributes nobody reads (classes, links) are never made into strings.
    private static bool KeepAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name) =>
        name.Span is "data-search-body" or "data-search-ignore" or "hidden" or "color" or "face" or "size";

    private static Tag ReadTag(ref StructHtmlToken token)
    {
        var attributes = TagAttributes.None;
        var list = token.Attributes;
        for (var i = 0; i < list.Count; i++)
        {
            ReadOnlySpan<char> name = list[i].Name;
            attributes |= name switch
            {
                "data-search-body" => TagAttributes.SearchBody,
                "data-search-ignore" => TagAttributes.SearchIgnore,
                "hidden" => TagAttributes.Hidden,
                "color" or "face" or "size" => TagAttributes.FontStyle,
                _ => TagAttributes.None,
            };
        }

        return new Tag(SearchHtmlTags.NameOf(token.Name), token.IsSelfClosing, attributes);
    }

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
