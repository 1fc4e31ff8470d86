using Civic.Site.Diagnostics;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Civic.Site.Render;

/// <summary>
/// Finds where a link or a piece of text is written in a Markdown file, so a problem found in the rendered HTML (a
/// broken or removed link, an image from another host, an HTML tag) is reported at the line the editor has to change.
/// Only called for a problem, so the file is read and parsed again here rather than carrying positions through every
/// render.
/// </summary>
public static class MarkdownLinkLocator
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .UseEmphasisExtras()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    /// <summary>
    /// The position of the first link of <paramref name="sourcePath"/> whose destination, as written, satisfies
    /// <paramref name="matches"/>; the start of the file when the file is not Markdown, cannot be read or has no such link
    /// (the link then came from a template or a front-matter reference).
    /// </summary>
    /// <param name="root">The site root the path is relative to.</param>
    /// <param name="sourcePath">The file, relative to <paramref name="root"/>, as diagnostics name it.</param>
    /// <param name="matches">Tests a destination as written in the Markdown.</param>
    public static SourceLocation Find(string root, string sourcePath, Func<string, bool> matches)
    {
        if (Parse(root, sourcePath) is not { } document)
        {
            return SourceLocation.StartOf(sourcePath);
        }

        foreach (var inline in document.Descendants<Inline>())
        {
            var url = inline switch
            {
                LinkInline link => link.Url,
                AutolinkInline auto => auto.Url,
                _ => null,
            };
            if (url is not null && matches(url.Trim()))
            {
                return new SourceLocation(sourcePath, inline.Line + 1, inline.Column + 1);
            }
        }

        return SourceLocation.StartOf(sourcePath);
    }

    /// <summary>The position of the first occurrence of <paramref name="text"/> in the text (not code) of a Markdown file.</summary>
    public static SourceLocation FindText(string root, string sourcePath, string text)
    {
        if (Parse(root, sourcePath) is not { } document)
        {
            return SourceLocation.StartOf(sourcePath);
        }

        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var at = literal.Content.AsSpan().IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
            {
                return new SourceLocation(sourcePath, literal.Line + 1, literal.Column + at + 1);
            }
        }

        return SourceLocation.StartOf(sourcePath);
    }

    // Null when the file is not Markdown or cannot be read: the problem is then placed at the start of the file (it
    // came from a template or a front-matter reference).
    private static MarkdownDocument? Parse(string root, string sourcePath)
    {
        if (!sourcePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            return Markdown.Parse(File.ReadAllText(Path.Combine(root, sourcePath)), Pipeline);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether an href of the rendered page is the destination written in Markdown: the renderer percent-encodes
    /// non-ASCII characters (Chinese anchors) and rebases root-relative links on the site's base path.
    /// </summary>
    public static bool SameDestination(string href, string written, string basePath)
    {
        var rendered = Decode(href);
        var source = Decode(written);
        return rendered == source
            || (source.StartsWith('/') && !source.StartsWith("//", StringComparison.Ordinal) && rendered == basePath + source[1..]);
    }

    /// <summary>An href as a reader would type it: percent-escapes decoded, so a Chinese anchor reads as Chinese.</summary>
    public static string Decode(string href)
    {
        try
        {
            return Uri.UnescapeDataString(href);
        }
        catch (UriFormatException)
        {
            return href;
        }
    }
}
