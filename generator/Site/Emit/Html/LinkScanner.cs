using System.Collections.Concurrent;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
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

    private static readonly string[] TagNames = [.. Targets.Select(t => t.Tag)];

    /// <summary>
    /// What each distinct start tag holds, by its exact text. A start tag means the same wherever it stands, and most
    /// of a site's tags (navigation, cards, links between pages) repeat across pages, so each is tokenized once.
    /// Bounded, so a long <c>serve</c> session cannot grow it without end.
    /// </summary>
    private static readonly ConcurrentDictionary<string, ScannedTag[]> Seen = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, ScannedTag[]>.AlternateLookup<ReadOnlySpan<char>> SeenBySpan =
        Seen.GetAlternateLookup<ReadOnlySpan<char>>();

    // A 10,000-story site has about 116,000 distinct tags.
    private const int SeenLimit = 200_000;

    private static readonly HashSet<string> NoIds = [];

    // ConcurrentDictionary.Count takes every lock of the dictionary: too dear to ask for each new tag.
    private static int s_seenCount;

    [ThreadStatic]
    private static List<Range>? t_tags;

    [ThreadStatic]
    private static List<ScannedTag[]?>? t_found;

    public static PageLinks Scan(string html) => Scan(html.AsSpan());

    /// <summary>As <see cref="Scan(string)"/>, for a page that is not a string (one rendered into a reused buffer).</summary>
    public static PageLinks Scan(ReadOnlySpan<char> html)
    {
        var tags = t_tags ??= [];
        tags.Clear();
        TagSlicer.Slice(html, TagNames, tags);
        var found = t_found ??= [];
        found.Clear();
        var missed = 0;
        foreach (var range in tags)
        {
            var known = SeenBySpan.TryGetValue(html[range], out var scanned) ? scanned : null;
            found.Add(known);
            missed += known is null ? 1 : 0;
        }

        if (missed > 0)
        {
            ReadMissed(html, tags, found);
        }

        // Links grouped by kind in document order, counted first so each page gets one array of the right size.
        Span<int> starts = stackalloc int[Targets.Length + 1];
        var idCount = 0;
        foreach (var scanned in found)
        {
            foreach (var tag in scanned!)
            {
                idCount += tag.Id is null ? 0 : 1;
                if (tag.Link is { } counted)
                {
                    starts[counted.Kind + 1]++;
                }
            }
        }

        for (var kind = 1; kind <= Targets.Length; kind++)
        {
            starts[kind] += starts[kind - 1];
        }

        var links = new PageLink[starts[Targets.Length]];
        var ids = idCount == 0 ? NoIds : new HashSet<string>(idCount, StringComparer.Ordinal);
        foreach (var scanned in found)
        {
            foreach (var tag in scanned!)
            {
                if (tag.Id is { } id)
                {
                    ids.Add(id);
                }

                if (tag.Link is { } link)
                {
                    links[starts[link.Kind]++] = link;
                }
            }
        }

        return new PageLinks(ids, links);
    }

    /// <summary>Drops what was learnt about tags, when no page is left to scan (the end of a one-off build's render).</summary>
    public static void Forget()
    {
        Seen.Clear();
        Volatile.Write(ref s_seenCount, 0);
    }

    /// <summary>How a link is named in messages, e.g. <c>a[href]</c>.</summary>
    public static string ElementOf(PageLink link) => Targets[link.Kind].Tag + "[" + Targets[link.Kind].Attribute + "]";

    /// <summary>
    /// Reads the page's tags not seen before: a plain tag (<see cref="PlainTagReader"/>) directly, the others with one
    /// tokenizer over all of them, one per line, since a tokenizer costs more to set up than a tag costs to read. When
    /// those do not come back one token each (only malformed HTML can do that), each is read on its own.
    /// </summary>
    private static void ReadMissed(ReadOnlySpan<char> html, List<Range> tags, List<ScannedTag[]?> found)
    {
        System.Text.StringBuilder? joined = null;
        var keys = new List<(int Index, string Key)>();
        for (var i = 0; i < tags.Count; i++)
        {
            if (found[i] is not null)
            {
                continue;
            }

            var key = html[tags[i]].ToString();
            if (PlainTagReader.TryRead(key, Targets, out var plain))
            {
                found[i] = plain;
                Remember(key, plain);
                continue;
            }

            keys.Add((i, key));
            (joined ??= new()).Append(key).Append('\n');
        }

        if (joined is null)
        {
            return;
        }

        var read = Tokenize(joined.ToString());
        for (var k = 0; k < keys.Count; k++)
        {
            var (i, key) = keys[k];
            found[i] = read.Count == keys.Count ? [.. read[k]] : [.. Tokenize(key).SelectMany(t => t)];
            Remember(key, found[i]!);
        }
    }

    private static void Remember(string key, ScannedTag[] scanned)
    {
        if (Volatile.Read(ref s_seenCount) < SeenLimit && Seen.TryAdd(key, scanned))
        {
            Interlocked.Increment(ref s_seenCount);
        }
    }

    /// <summary>What the HTML tokenizer reads in one start tag: what <see cref="PlainTagReader"/> must agree with.</summary>
    internal static ScannedTag[] ReadWithTokenizer(string tag) => [.. Tokenize(tag).SelectMany(t => t)];

    /// <summary>The element/attribute pairs that hold a link.</summary>
    internal static (string Tag, string Attribute)[] LinkTargets => Targets;

    /// <summary>What each start tag in <paramref name="html"/> holds, one list per start tag.</summary>
    private static List<List<ScannedTag>> Tokenize(string html)
    {
        var found = new List<List<ScannedTag>>(1);
        // Struct tokens that keep only the attributes read here, over the string in place: the class tokens and the
        // default source (a pooled copy of the text) allocated more than the rest of the scan.
        var tokenizer = new HtmlTokenizer(new TextSource(new StringTextSource(html)), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = IsRead,
        };
        for (var token = tokenizer.GetStructToken(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.GetStructToken())
        {
            if (token.Type == HtmlTokenType.StartTag)
            {
                found.Add(Read(ref token));
            }
        }

        return found;
    }

    private static bool IsRead(ref StructHtmlToken token, ReadOnlyMemory<char> name) => name.Span is "id" or "href" or "src";

    private static List<ScannedTag> Read(ref StructHtmlToken tag)
    {
        // The first of duplicate attributes counts, as in the DOM.
        string? id = null;
        string? href = null;
        string? src = null;
        var attributes = tag.Attributes;
        for (var i = 0; i < attributes.Count; i++)
        {
            ReadOnlySpan<char> name = attributes[i].Name;
            switch (name)
            {
                case "id":
                    id ??= attributes[i].Value.ToString();
                    break;
                case "href":
                    href ??= attributes[i].Value.ToString();
                    break;
                case "src":
                    src ??= attributes[i].Value.ToString();
                    break;
            }
        }

        id = id is { Length: > 0 } ? id : null;
        PageLink? link = null;
        ReadOnlySpan<char> tagName = tag.Name;
        for (var k = 0; k < Targets.Length; k++)
        {
            var (name, attribute) = Targets[k];
            if (tagName.SequenceEqual(name) && (attribute == "href" ? href : src) is { Length: > 0 } value)
            {
                link = new PageLink(value, k);
            }
        }

        return id is null && link is null ? [] : [new ScannedTag(id, link)];
    }
}
