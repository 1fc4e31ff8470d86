using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>
/// The extractor as it was when it built a full DOM per page: the reference the one-pass scanner must agree with on
/// every page. Slow, and kept only here.
/// </summary>
internal static class DomSearchTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "form", "button", "select", "textarea", "svg",
    };

    // Block elements end a line, so words of two paragraphs never run together.
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
        "br", "dd", "dt", "dl", "blockquote", "pre", "figure", "figcaption", "header", "footer", "aside", "main", "hr",
    };

    /// <summary>The page's title (its first h1 in the main part, else &lt;title&gt;) and main text.</summary>
    public static (string Title, string Text) Extract(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var main = document.QuerySelector("[data-search-body]") ?? document.QuerySelector("main") ?? document.Body;
        if (main is null)
        {
            return (document.Title?.Trim() ?? string.Empty, string.Empty);
        }

        var heading = main.QuerySelector("h1");
        var title = Collapse(heading?.TextContent ?? document.Title ?? string.Empty);
        var writer = new System.Text.StringBuilder();
        Append(main, heading, writer);
        var lines = writer.ToString().Split('\n').Select(Collapse).Where(l => l.Length > 0);
        return (title, string.Join('\n', lines));
    }

    private static void Append(INode node, IElement? heading, System.Text.StringBuilder writer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                // Line breaks in the source are spaces; only block boundaries end a line.
                writer.Append(text.Data.Replace('\r', ' ').Replace('\n', ' '));
                continue;
            }

            if (child is not IElement element || element == heading || Skipped.Contains(element.LocalName)
                || element.HasAttribute("data-search-ignore") || element.HasAttribute("hidden"))
            {
                continue;
            }

            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                writer.Append('\n');
            }

            Append(element, heading, writer);
            if (block)
            {
                writer.Append('\n');
            }
        }
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\r', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));
}
