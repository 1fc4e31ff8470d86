using System.Text.RegularExpressions;

namespace Civic.Site.Tests.Render;

/// <summary>With <c>edit_url</c> in site.yml, the pages made from one file link to that file on the repository host.</summary>
public sealed partial class EditLinkTests : IClassFixture<BuiltBundledSite>
{
    private const string EditRoot = "https://git.example/civic/edit/main/";

    private readonly BuiltBundledSite _bundled;

    public EditLinkTests(BuiltBundledSite bundled) => _bundled = bundled;

    [Fact]
    public void Each_page_made_from_one_file_links_to_that_file_in_the_language_it_shows()
    {
        using var site = BundledSite.Copy();
        site.Write("site.yml", site.Read("site.yml") + "edit_url: https://git.example/civic/edit/main\n");
        var story = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Root, "content", "stories"), "*.en.md").Order(StringComparer.Ordinal).First())[..^".en.md".Length];
        site.Delete($"content/stories/{story}.en.md");
        var translated = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Root, "content", "stories"), "*.en.md").Order(StringComparer.Ordinal).First())[..^".en.md".Length];

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        string? Link(string url) => EditLink(File.ReadAllText(Path.Combine(result.OutputDir, url.Trim('/'), "index.html")));
        Assert.Equal(EditRoot + $"content/stories/{story}.md", Link($"/stories/{story}/"));
        Assert.Equal(EditRoot + $"content/stories/{story}.md", Link($"/en/stories/{story}/"));   // shown in Chinese
        Assert.Equal(EditRoot + $"content/stories/{translated}.md", Link($"/stories/{translated}/"));
        Assert.Equal(EditRoot + $"content/stories/{translated}.en.md", Link($"/en/stories/{translated}/"));
        Assert.Equal(EditRoot + "data/stations/chunya-station.yml", Link("/stations/chunya-station/"));
        Assert.Equal(EditRoot + "data/stations/chunya-station.yml", Link("/en/stations/chunya-station/"));
        Assert.Equal(EditRoot + "data/districts/caidian.yml", Link("/districts/caidian/"));
        Assert.Equal(EditRoot + "content/pages/about.md", Link("/about/"));
        Assert.Equal(EditRoot + "content/pages/about.en.md", Link("/en/about/"));
        foreach (var generated in new[] { "/", "/stories/", "/stations/", "/data/", "/search/", "/en/" })
        {
            Assert.Null(Link(generated));
        }
    }

    [Fact]
    public void Without_edit_url_no_page_has_an_edit_link()
    {
        var pages = _bundled.Pages().ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        Assert.Empty(pages.Where(p => p.Html.Contains("edit-link", StringComparison.Ordinal)).Select(p => p.Path));
    }

    private static string? EditLink(string html) =>
        EditLinkPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<p class=\"edit-link\" data-search-ignore><a href=\"([^\"]+)\">")]
    private static partial Regex EditLinkPattern();
}
