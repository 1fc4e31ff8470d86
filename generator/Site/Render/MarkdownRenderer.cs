using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Civic.Site.Render;

/// <summary>
/// Markdown to HTML for stories and pages. Raw HTML is never passed through (Markdig renders it as text),
/// links with script-capable schemes are neutralised, and every heading gets an id that keeps CJK characters.
/// One instance is shared by all render threads: the Markdig pipeline is immutable.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:"];

    // Elements an editor might write into a story, and those that load or run something.
    private static readonly HashSet<string> HtmlElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "audio", "b", "base", "blockquote", "body", "br", "button", "center", "code", "dd", "del", "details",
        "div", "dl", "dt", "em", "embed", "font", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "li", "link", "mark", "meta", "noscript", "object",
        "ol", "p", "picture", "pre", "q", "s", "script", "section", "select", "small", "source", "span", "strong", "style",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "title",
        "tr", "u", "ul", "video",
    };

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .DisableHtml()
        .Use<PreAttributesExtension>()
        .Build();

    /// <param name="markdown">The Markdown body.</param>
    /// <param name="basePath">The site's base path ("/" or "/sub/"): root-relative links in content are rebased on it.</param>
    public RenderedMarkdown Render(string markdown, string basePath = "/")
    {
        var document = Markdown.Parse(markdown, _pipeline);

        // One walk over the tree finds everything the rewrites below touch.
        var headings = new List<HeadingBlock>();
        var links = new List<LinkInline>();
        var autolinks = new List<AutolinkInline>();
        List<string>? rawHtml = null;
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    headings.Add(heading);
                    break;
                case LinkInline link:
                    links.Add(link);
                    break;
                case LiteralInline literal when RawTag(literal.Content.AsSpan()) is { } tag:
                    (rawHtml ??= []).Add(tag);
                    break;
                case AutolinkInline autolink:
                    autolinks.Add(autolink);
                    break;
                case CodeBlock code:
                    // A code block wider than a phone scrolls inside itself; keyboard users can only scroll what they can focus.
                    code.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
                    break;
            }
        }

        var rendered = AssignHeadingIds(headings);
        var remoteImages = ShowRemoteImagesAsLinks(links);
        var unsafeLinks = RewriteLinks(links, autolinks, basePath);

        // Markdig's own ToHtml rents a renderer it keeps for the pipeline instead of setting a new one up per body.
        return new RenderedMarkdown(document.ToHtml(_pipeline), rendered, unsafeLinks, rawHtml ?? [], remoteImages);
    }

    /// <summary>
    /// The first HTML tag in a piece of text (<c>&lt;script&gt;</c>, <c>&lt;/div&gt;</c>, <c>&lt;img src=…&gt;</c>), or
    /// null. HTML is turned off, so such a tag is shown as text; the editor is told, since that is rarely what was meant.
    /// Only names of HTML elements count, followed by '>', "/>" or an attribute, so "a&lt;b 且 c&gt;d" is not a tag.
    /// </summary>
    internal static string? RawTag(ReadOnlySpan<char> text)
    {
        var offset = 0;
        while (text[offset..].IndexOf('<') is var found and >= 0)
        {
            var at = offset + found;
            offset = at + 1;
            var name = at + 1 < text.Length && text[at + 1] == '/' ? at + 2 : at + 1;
            var end = name;
            while (end < text.Length && char.IsAsciiLetterOrDigit(text[end]))
            {
                end++;
            }

            if (end == name || end == text.Length || !HtmlElements.Contains(text[name..end].ToString().ToLowerInvariant()))
            {
                continue;
            }

            var rest = text[end..];
            var attributes = rest.TrimStart(" \t");
            if (rest[0] == '>' || rest.StartsWith("/>") || (attributes.Length < rest.Length && attributes.Length > 0 && char.IsAsciiLetter(attributes[0])))
            {
                var close = rest.IndexOf('>');
                var length = Math.Min(close < 0 ? end - at : end - at + close + 1, 80);
                return text.Slice(at, length).ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// A page may not load anything from another host, so an image with an absolute address becomes a link to it (its
    /// description, or the address, as the link text). The addresses, for the warning.
    /// </summary>
    private static List<string> ShowRemoteImagesAsLinks(List<LinkInline> links)
    {
        var remote = new List<string>();
        foreach (var link in links)
        {
            if (!link.IsImage || link.Url?.Trim() is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                continue;
            }

            link.IsImage = false;
            if (link.FirstChild is null)
            {
                link.AppendChild(new LiteralInline(url));
            }

            remote.Add(url);
        }

        return remote;
    }

    private static List<RenderedHeading> AssignHeadingIds(List<HeadingBlock> blocks)
    {
        var headings = new List<RenderedHeading>();
        if (blocks.Count == 0)
        {
            return headings;
        }

        // The page title is the only h1: shift content headings so the highest one becomes h2.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var shift = 2 - blocks.Min(h => h.Level);
        foreach (var heading in blocks)
        {
            heading.Level = Math.Clamp(heading.Level + Math.Max(shift, 0), 2, 6);
            var text = InlineText(heading.Inline);
            var id = Slug.Unique(Slug.FromHeading(text), used);
            heading.GetAttributes().Id = id;
            headings.Add(new RenderedHeading(heading.Level, text, id));
        }

        return headings;
    }

    private static List<string> RewriteLinks(List<LinkInline> links, List<AutolinkInline> autolinks, string basePath)
    {
        var unsafeLinks = new List<string>();
        foreach (var link in links)
        {
            link.Url = RewriteUrl(link.Url, basePath, unsafeLinks);
        }

        foreach (var link in autolinks)
        {
            link.Url = RewriteUrl(link.Url, basePath, unsafeLinks) ?? "#";
        }

        return unsafeLinks;
    }

    private static string? RewriteUrl(string? url, string basePath, List<string> unsafeLinks)
    {
        if (string.IsNullOrEmpty(url))
        {
            return url;
        }

        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (slash < 0 || colon < slash);
        if (hasScheme)
        {
            if (SafeSchemes.Any(s => trimmed.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                return trimmed;
            }

            unsafeLinks.Add(trimmed);
            return "#";
        }

        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal) && basePath != "/")
        {
            return basePath + trimmed[1..];
        }

        // A protocol-relative URL would load from another host: it is not a link content may make.
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("\\", StringComparison.Ordinal))
        {
            unsafeLinks.Add(trimmed);
            return "#";
        }

        return trimmed;
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
            }
        }

        return builder.ToString();
    }
}
