using Civic.Site.Diagnostics;
using Civic.Site.Tests.Render;

namespace Civic.Site.Tests;

public sealed class BuildPipelineTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = BundledSite.Copy();
        var first = Path.Combine(site.Root, "out1");
        var second = Path.Combine(site.Root, "out2");

        var a = BuildPipeline.Run(new BuildOptions(site.Root, first));
        var b = BuildPipeline.Run(new BuildOptions(site.Root, second));

        Assert.True(a.Succeeded, string.Join("\n", a.Diagnostics.Where(d => d.IsError)));
        Assert.True(b.Succeeded);
        var one = BundledSite.Snapshot(first);
        var two = BundledSite.Snapshot(second);
        Assert.Equal(one.Keys, two.Keys);
        Assert.All(one, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(two[pair.Key]), pair.Key + " differs"));
        Assert.Contains("stories/hanyang-dililiang/index.html", one.Keys);
        Assert.Contains("en/stations/chunhe-centre/index.html", one.Keys);
        Assert.Contains("404.html", one.Keys);
    }

    [Fact]
    public void A_broken_internal_link_fails_the_build_names_the_story_and_leaves_the_previous_site()
    {
        using var site = BundledSite.Copy();
        var output = Path.Combine(site.Root, "_site");
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root)).Succeeded);
        var before = BundledSite.Snapshot(output);
        var story = "content/stories/hanyang-dililiang.md";
        site.Write(story, site.Read(story) + "\n另见[不存在的站点](/stations/no-such-station/)。\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.BrokenLink.Code);
        Assert.Equal(story, error.Location.Path);
        Assert.Contains("/stations/no-such-station/", error.Message);
        Assert.Equal(before.Keys, BundledSite.Snapshot(output).Keys);
        Assert.DoesNotContain("no-such-station", File.ReadAllText(Path.Combine(output, "stories/hanyang-dililiang/index.html")));
        // The failed build's folder stays beside the site as the next build's starting point, hidden and ignored by git.
        Assert.Equal([".civic-spare-_site", Path.GetFileName(output), "content", "data", "site.yml", "synonyms.yml", "themes"],
            Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Raw_html_in_a_story_reaches_the_page_escaped()
    {
        using var site = BundledSite.Copy();
        var story = "content/stories/hanyang-dililiang.md";
        site.Write(story, site.Read(story) + "\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(result.OutputDir, "stories/hanyang-dililiang/index.html"));
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_its_line_and_column()
    {
        using var site = BundledSite.Copy();
        site.Write("themes/default/layouts/404.sbn", "<h1>{{ t.not_found_title }}</h1>\n<p>{{ if }}</p>\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == BuildDiagnosticCodes.TemplateSyntax.Code).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("themes/default/layouts/404.sbn", e.Location.Path));
        Assert.Equal(2, errors[0].Location.Line);
        Assert.InRange(errors[0].Location.Column, 4, 11);
    }

    [Fact]
    public void Drafts_are_built_only_when_asked()
    {
        using var site = BundledSite.Copy();
        var story = "content/stories/hanyang-dililiang.md";
        site.Write(story, site.Read(story).Replace("featured: true", "featured: true\ndraft: true", StringComparison.Ordinal));

        var published = BuildPipeline.Run(new BuildOptions(site.Root, Path.Combine(site.Root, "a")));
        var withDrafts = BuildPipeline.Run(new BuildOptions(site.Root, Path.Combine(site.Root, "b"), IncludeDrafts: true));

        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        Assert.False(File.Exists(Path.Combine(site.Root, "a/stories/hanyang-dililiang/index.html")));
        Assert.DoesNotContain("hanyang-dililiang", File.ReadAllText(Path.Combine(site.Root, "a/programmes/hanyang-dililiang/index.html")).Replace("/programmes/hanyang-dililiang/", string.Empty, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(site.Root, "b/stories/hanyang-dililiang/index.html")));
    }

    [Fact]
    public void A_base_url_with_a_path_prefixes_every_internal_link()
    {
        using var site = BundledSite.Copy();

        var result = BuildPipeline.Run(new BuildOptions(site.Root, BaseUrl: "https://example.org/civic/"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var html = File.ReadAllText(Path.Combine(result.OutputDir, "index.html"));
        Assert.Contains("href=\"/civic/assets/css/site.css\"", html);
        Assert.Contains("href=\"/civic/stories/\"", html);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/civic/\">", html);
        Assert.DoesNotContain("href=\"/stories/", html);
    }

    [Fact]
    public void A_page_whose_url_is_a_section_of_the_site_is_an_error_naming_the_file()
    {
        using var site = BundledSite.Copy();
        site.Write("content/pages/stories.md", "---\ntitle: 故事\n---\n正文\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.False(result.Succeeded);
        var clashes = result.Diagnostics.Where(d => d.Code == BuildDiagnosticCodes.UrlClash.Code).ToList();
        Assert.Equal(2, clashes.Count);
        Assert.All(clashes, c => Assert.Equal("content/pages/stories.md", c.Location.Path));
        Assert.Contains(clashes, c => c.Message.Contains("URL /stories/ ", StringComparison.Ordinal));
        Assert.Contains(clashes, c => c.Message.Contains("URL /en/stories/ ", StringComparison.Ordinal));
    }
}
