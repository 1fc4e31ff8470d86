using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Civic.Site.Emit.Html;

/// <summary>
/// The ids and the link attributes of a page, read by AngleSharp's HTML tokenizer (no tree: they are all in start
/// tags, and a DOM per page costs more than the rest of the build). The tokenizer reads only the start tags that
/// <see cref="TagSlicer"/> finds, each on its own: reading every character of text with it cost twice the rendering.
/// </summary>
public static class LinkScanner
{
    private static readonly (string Tag, string Attribute)[] Targets =
    [
        ("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"),
    ];

    private static readonly HashSet<string> TagNames = new(Targets.Select(t => t.Tag), StringComparer.Ordinal);

    /// <summary>
    /// What each distinct start tag holds, by its exact text. A start tag means the same wherever it stands, and most
    /// of a site's tags (navigation, cards, links between pages) repeat across pages, so each is tokenized once.
    /// Bounded, so a long <c>serve</c> session cannot grow it without end.
    /// </summary>
    private static readonly ConcurrentDictionary<string, ScannedTag[]> Seen = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, ScannedTag[]>.AlternateLookup<ReadOnlySpan<char>> SeenBySpan =
        Seen.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int SeenLimit = 200_000;

    // ConcurrentDictionary.Count takes every lock of the dictionary: too dear to ask for each new tag.
    private static int s_seenCount;

    [ThreadStatic]
    private static List<Range>? t_tags;

    public static PageLinks Scan(string html)
    {
        var tags = t_tags ??= [];
        tags.Clear();
        TagSlicer.Slice(html, TagNames, tags);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byKind = new List<PageLink>?[Targets.Length];
        foreach (var range in tags)
        {
            foreach (var tag in Read(html.AsSpan(range)))
            {
                if (tag.Id is { } id)
                {
                    ids.Add(id);
                }

                if (tag.Link is { } link)
                {
                    (byKind[link.Kind] ??= []).Add(link);
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

    private static ScannedTag[] Read(ReadOnlySpan<char> text)
    {
        if (SeenBySpan.TryGetValue(text, out var known))
        {
            return known;
        }

        var key = text.ToString();
        var tags = Tokenize(key);
        if (Volatile.Read(ref s_seenCount) < SeenLimit && Seen.TryAdd(key, tags))
        {
            Interlocked.Increment(ref s_seenCount);
        }

        return tags;
    }

    private static ScannedTag[] Tokenize(string html)
    {
        var found = new List<ScannedTag>(1);
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

            var id = tag.GetAttribute("id") is { Length: > 0 } value ? value : null;
            PageLink? link = null;
            for (var k = 0; k < Targets.Length; k++)
            {
                var (name, attribute) = Targets[k];
                if (tag.Name == name && tag.GetAttribute(attribute) is { Length: > 0 } href)
                {
                    link = new PageLink(href, k);
                }
            }

            if (id is not null || link is not null)
            {
                found.Add(new ScannedTag(id, link));
            }
        }

        return found.Count == 0 ? [] : [.. found];
    }
}
