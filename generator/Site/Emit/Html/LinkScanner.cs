using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Civic.Site.Emit.Html;

/// <summary>
/// The ids and the link attributes of a page, read by AngleSharp's HTML tokenizer (no tree: they are all in start
/// tags, and a DOM per page costs more than the rest of the build). The tokenizer reads only the start tags that
/// <see cref="TagSlicer"/> cuts out: reading every character of text with it cost twice the rendering.
/// </summary>
public static class LinkScanner
{
    private static readonly (string Tag, string Attribute)[] Targets =
    [
        ("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"),
    ];

    private static readonly HashSet<string> TagNames = new(Targets.Select(t => t.Tag), StringComparer.Ordinal);

    public static PageLinks Scan(string html) => ScanTags(TagSlicer.Slice(html, TagNames));

    /// <summary>Reads HTML made only of start tags (no text, no raw-text contents), as <see cref="TagSlicer"/> makes it.</summary>
    private static PageLinks ScanTags(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byKind = new List<PageLink>?[Targets.Length];
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
            {
                continue;
            }

            if (tag.GetAttribute("id") is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            for (var k = 0; k < Targets.Length; k++)
            {
                var (name, attribute) = Targets[k];
                if (tag.Name == name && tag.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    (byKind[k] ??= []).Add(new PageLink(value, k));
                }
            }
        }

        var links = new List<PageLink>();
        foreach (var list in byKind)
        {
            if (list is not null)
            {
                links.AddRange(list);
            }
        }

        return new PageLinks(ids, links);
    }

    /// <summary>How a link is named in messages, e.g. <c>a[href]</c>.</summary>
    public static string ElementOf(PageLink link) => Targets[link.Kind].Tag + "[" + Targets[link.Kind].Attribute + "]";
}
