using AngleSharp.Html.Parser;
using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Render;

/// <summary>
/// A source's note (how its date or publisher was worked out) is shown wherever the source is cited, but it is
/// about the source, not the page: searched, it made a name in one note match every page citing that source.
/// </summary>
public sealed class BundledSiteSourceNoteTests : IClassFixture<BuiltBundledSite>
{
    private readonly BuiltBundledSite _site;

    public BundledSiteSourceNoteTests(BuiltBundledSite site) => _site = site;

    [Fact]
    public void Source_notes_are_shown_but_left_out_of_the_search_text()
    {
        var parser = new HtmlParser();
        var pagesWithNotes = 0;
        foreach (var (path, html) in _site.Pages())
        {
            var notes = parser.ParseDocument(html).QuerySelectorAll(".sources .source-note")
                .Select(n => n.TextContent.Trim()).Where(n => n.Length > 0).ToList();
            if (notes.Count == 0)
            {
                continue;
            }

            pagesWithNotes++;
            var (_, text) = SearchTextExtractor.Extract(html);
            foreach (var note in notes)
            {
                Assert.False(text.Contains(note, StringComparison.Ordinal), $"{path}: the note \"{note[..Math.Min(30, note.Length)]}…\" is in the search text");
            }
        }

        // Records and stories cite sources with notes: the check above ran on real pages.
        Assert.True(pagesWithNotes > 20, $"only {pagesWithNotes} pages show a source note");
    }
}
