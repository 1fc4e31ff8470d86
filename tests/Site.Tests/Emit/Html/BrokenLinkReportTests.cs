using Civic.Site.Diagnostics;
using Civic.Site.Tests.Render;

namespace Civic.Site.Tests.Emit.Html;

/// <summary>A broken or removed link in a story is reported where the editor wrote it, once, as the reader would type it.</summary>
public sealed class BrokenLinkReportTests
{
    private const string Story = "content/stories/hanyang-dililiang.md";

    [Fact]
    public void Each_broken_link_is_reported_at_its_line_and_column_with_chinese_anchors_readable()
    {
        using var site = BundledSite.Copy();
        var text = site.Read(Story);
        var line = text.Split('\n').Length + 1;
        site.Write(Story, text + "\n另见[甲](/stories/datong-yishii/)和[乙](#不存在的标题)，[丙](javascript:alert(1))。\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.False(result.Succeeded);
        var broken = result.Diagnostics.Where(d => d.Code == BuildDiagnosticCodes.BrokenLink.Code).ToList();
        Assert.Equal(
            [
                $"{Story}:{line}:3 broken link '/stories/datong-yishii/' on page /stories/hanyang-dililiang/",
                $"{Story}:{line}:32 broken link '#不存在的标题' on page /stories/hanyang-dililiang/",
            ],
            broken.Select(d => $"{d.Location} {d.Message}"));
        var removed = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.UnsafeLink.Code);
        Assert.Equal(new SourceLocation(Story, line, 45), removed.Location);
    }

    [Fact]
    public void A_link_shown_on_both_languages_pages_is_one_error_naming_both()
    {
        using var site = BundledSite.Copy();
        // No .en.md beside it: the English page shows the Chinese body, and with it the same link.
        var story = "content/stories/lianjie-ceshi.md";
        site.Write(story, site.Read(Story) + "\n见[站点](/stations/no-such-station/)。\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        var error = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.BrokenLink.Code);
        Assert.Equal(story, error.Location.Path);
        Assert.NotEqual(1, error.Location.Line);
        Assert.Equal("broken link '/stations/no-such-station/' on pages /en/stories/lianjie-ceshi/ and /stories/lianjie-ceshi/", error.Message);
    }

    [Fact]
    public void A_link_the_markdown_does_not_write_is_reported_at_the_start_of_the_source()
    {
        using var site = BundledSite.Copy();
        var layout = "themes/default/layouts/404.sbn";
        site.Write(layout, site.Read(layout).Replace("</div>", "<a href=\"/no-such-page/\">x</a></div>", StringComparison.Ordinal));

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        var error = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.BrokenLink.Code && d.Message.Contains("/no-such-page/", StringComparison.Ordinal));
        Assert.Equal(new SourceLocation(layout, 1, 1), error.Location);
        Assert.EndsWith("on pages /404.html and /en/404.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_path_with_chinese_characters_links_and_checks_as_a_plain_one()
    {
        using var site = BundledSite.Copy();

        var clean = BuildPipeline.Run(new BuildOptions(site.Root, BaseUrl: "https://civic.example/武汉/"));
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics.Where(d => d.IsError).Take(5)));
        Assert.Contains("href=\"/%E6%AD%A6%E6%B1%89/stories/\"", File.ReadAllText(Path.Combine(clean.OutputDir, "index.html")));

        site.Write(Story, site.Read(Story) + "\n见[站点](/stations/no-such-station/)。\n");
        var broken = BuildPipeline.Run(new BuildOptions(site.Root, BaseUrl: "https://civic.example/武汉/"));
        var error = Assert.Single(broken.Diagnostics, d => d.Code == BuildDiagnosticCodes.BrokenLink.Code);
        Assert.Contains("/武汉/stations/no-such-station/", error.Message);
    }
}
