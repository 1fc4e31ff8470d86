using System.Globalization;
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
        .Build();

    /// <param name="markdown">The Markdown body.</param>
    /// <param name="basePath">The site's base path ("/" or "/sub/"): root-relative links in content are rebased on it.</param>
    public RenderedMarkdown Render(string markdown, string basePath = "/")
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var headings = AssignHeadingIds(document);
        var unsafeLinks = RewriteLinks(document, basePath);
        MakeCodeBlocksFocusable(document);

        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<CodeBlockRenderer>()!.OutputAttributesOnPre = true;
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(writer.ToString(), headings, unsafeLinks);
    }

    // A code block wider than a phone scrolls inside itself; keyboard users can only scroll what they can focus.
    private static void MakeCodeBlocksFocusable(MarkdownDocument document)
    {
        foreach (var block in document.Descendants<CodeBlock>())
        {
            block.GetAttributes().AddPropertyIfNotExist("tabindex", "0");
        }
    }

    private static List<RenderedHeading> AssignHeadingIds(MarkdownDocument document)
    {
        var headings = new List<RenderedHeading>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var blocks = document.Descendants<HeadingBlock>().ToList();
        if (blocks.Count == 0)
        {
            return headings;
        }

        // The page title is the only h1: shift content headings so the highest one becomes h2.
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

    private static List<string> RewriteLinks(MarkdownDocument document, string basePath)
    {
        var unsafeLinks = new List<string>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            link.Url = RewriteUrl(link.Url, basePath, unsafeLinks);
        }

        foreach (var link in document.Descendants<AutolinkInline>())
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
