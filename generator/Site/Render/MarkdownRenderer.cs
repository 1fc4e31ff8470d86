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
        var unsafeLinks = RewriteLinks(links, autolinks, basePath);

        // Markdig's own ToHtml rents a renderer it keeps for the pipeline instead of setting a new one up per body.
        return new RenderedMarkdown(document.ToHtml(_pipeline), rendered, unsafeLinks);
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
