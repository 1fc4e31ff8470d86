using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Civic.Site.Tests.Render;

/// <summary>What readers see on the built pages of the repository's own site with the default theme.</summary>
public sealed class BundledSitePagesTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSitePagesTests(BuiltBundledSite site) => _site = site;

    [Fact]
    public void No_page_shows_template_code_in_its_text_or_attributes()
    {
        var parser = new HtmlParser();
        var leftovers = new List<string>();
        foreach (var (path, html) in _site.Pages())
        {
            var document = parser.ParseDocument(html);
            foreach (var code in document.QuerySelectorAll("script, style, template").ToList())
            {
                code.Remove();
            }

            var texts = new[] { document.Title ?? string.Empty, document.Body?.TextContent ?? string.Empty }
                .Concat(document.All.SelectMany(e => e.Attributes).Select(a => a.Value));
            leftovers.AddRange(texts.Where(t => t.Contains("{{", StringComparison.Ordinal) || t.Contains("}}", StringComparison.Ordinal))
                .Select(t => path + ": " + Excerpt(t)));
        }

        Assert.True(leftovers.Count == 0, string.Join("\n", leftovers.Take(20)));
    }

    /// <summary>The text around the first brace pair, on one line.</summary>
    private static string Excerpt(string text)
    {
        var line = Regex.Replace(text, @"\s+", " ");
        var at = Regex.Match(line, @"\{\{|\}\}").Index;
        return line[Math.Max(0, at - 40)..Math.Min(line.Length, at + 40)];
    }
}
