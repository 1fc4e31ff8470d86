using System.Collections.Frozen;

namespace Civic.Site.Emit.Search;

/// <summary>
/// The element categories of the HTML tree-construction rules that the search text scanner needs to follow, by
/// lower-case tag name. Only the rules that change which text is read, or where a line ends, are kept.
/// </summary>
internal static class SearchHtmlTags
{
    /// <summary>Elements whose whole content is left out of the index.</summary>
    public static readonly FrozenSet<string> Skipped = FrozenSet.Create(StringComparer.Ordinal,
        "script", "style", "noscript", "template", "nav", "form", "button", "select", "textarea", "svg");

    /// <summary>Block elements end a line, so words of two paragraphs never run together.</summary>
    public static readonly FrozenSet<string> Blocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "br", "dd", "dt", "dl", "blockquote", "pre", "figure", "figcaption", "header", "footer", "aside", "main", "hr");

    /// <summary>Elements that never have content, so never stay open.</summary>
    public static readonly FrozenSet<string> Void = FrozenSet.Create(StringComparer.Ordinal,
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "image", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr");

    /// <summary>Elements that may sit in the head; any other start tag opens the body.</summary>
    public static readonly FrozenSet<string> Head = FrozenSet.Create(StringComparer.Ordinal,
        "html", "head", "base", "basefont", "bgsound", "link", "meta", "title", "noscript", "noframes", "style", "script",
        "template");

    /// <summary>Start tags that close an open &lt;p&gt; first.</summary>
    public static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "table", "hr", "xmp",
        "li", "dd", "dt");

    /// <summary>The "special" category: an unknown end tag never closes past one of these.</summary>
    public static readonly FrozenSet<string> Special = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "embed", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu",
        "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script",
        "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot",
        "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /// <summary>Where a search for an open element stops ("has an element in scope").</summary>
    public static readonly FrozenSet<string> ScopeBoundaries = FrozenSet.Create(StringComparer.Ordinal,
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

    /// <summary>End tags that close everything up to their element when it is in scope.</summary>
    public static readonly FrozenSet<string> ClosedByEndTag = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre", "search",
        "section", "summary", "ul", "form", "applet", "marquee", "object", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "caption", "colgroup", "select", "textarea", "xmp", "iframe", "noembed", "noframes", "title", "style",
        "script", "noscript", "plaintext");

    /// <summary>HTML start tags that end foreign (SVG, MathML) content.</summary>
    public static readonly FrozenSet<string> BreaksOutOfForeign = FrozenSet.Create(StringComparer.Ordinal,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    // Every name above plus common inline ones, so that a tag's name is a shared string rather than a new one.
    private static readonly FrozenSet<string> Known = Skipped.Concat(Blocks).Concat(Void).Concat(Head).Concat(ClosesParagraph)
        .Concat(Special).Concat(ClosedByEndTag).Concat(BreaksOutOfForeign)
        .Concat(["a", "abbr", "cite", "data", "del", "dfn", "font", "ins", "kbd", "label", "mark", "optgroup", "option", "path",
            "q", "rb", "rp", "rt", "rtc", "samp", "time", "g", "use", "circle", "rect", "line", "polyline", "polygon", "math", "svg"])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The tag name as a string, shared for every known name.</summary>
    public static string NameOf(ReadOnlySpan<char> name) => KnownBySpan.TryGetValue(name, out var known) ? known : name.ToString();

    public static bool IsHeading(string name) =>
        name.Length == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6';
}
