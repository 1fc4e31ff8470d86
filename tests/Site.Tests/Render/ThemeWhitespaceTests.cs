using System.Text.RegularExpressions;

namespace Civic.Site.Tests.Render;

/// <summary>The theme's control-flow lines leave nothing behind: no page has a blank line outside preformatted text.</summary>
public sealed class ThemeWhitespaceTests
{
    [Fact]
    public void No_built_page_has_a_blank_line_or_an_indented_empty_line()
    {
        using var site = BundledSite.Copy();

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var files = Directory.GetFiles(result.OutputDir, "*.html", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, $"{files.Length} pages");
        var blank = new List<string>();
        foreach (var file in files)
        {
            var html = Regex.Replace(File.ReadAllText(file), "<pre[ >].*?</pre>", "<pre></pre>", RegexOptions.Singleline);
            Assert.EndsWith("</html>\n", html);
            var lines = html[..^1].Split('\n');
            blank.AddRange(lines.Select((l, i) => (l, i)).Where(x => x.l.Trim().Length == 0)
                .Select(x => Path.GetRelativePath(result.OutputDir, file) + ":" + (x.i + 1)));
        }

        Assert.True(blank.Count == 0, "blank lines at " + string.Join(", ", blank.Take(20)));
    }

    [Fact]
    public void A_story_page_keeps_its_structure_one_element_per_line()
    {
        using var site = BundledSite.Copy();

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var html = File.ReadAllText(Path.Combine(result.OutputDir, "stories", "chunhe-chunya-station", "index.html"));
        Assert.Contains("\n<link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://civic.example/stories/chunhe-chunya-station/\">\n<link rel=\"alternate\" hreflang=\"en\"", html);
        Assert.Contains("<meta property=\"og:title\" content=\"", html);
        Assert.Matches("\n  <dl>\n    <dt>[^<]+</dt>\n    <dd><a href=\"/communities/", html);
        Assert.Matches("\n<div class=\"card-list\">\n<article class=\"card story-card\">\n  <h3 class=\"card-title\">", html);
        Assert.Matches("\n  <div class=\"prose\">\n<p>.*</p>\n", html);
    }
}
