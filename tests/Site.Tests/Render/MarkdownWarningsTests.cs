using Civic.Site.Diagnostics;
using Civic.TestKit;

namespace Civic.Site.Tests.Render;

/// <summary>
/// Warnings that depend only on a Markdown body come in the same run as the validation errors that stop a build,
/// not one run after they are fixed.
/// </summary>
public sealed class MarkdownWarningsTests
{
    private const string Story = "content/stories/first.md";

    private static TempSite BrokenSiteWithHtmlInAStory()
    {
        var site = SiteFixture.Minimal();
        site.Write(Story, site.Read(Story) + "\n骑手说：<div>歇脚</div>\n\n![外景](https://evil.example/track.png)\n");
        site.Write("content/pages/about.md", site.Read("content/pages/about.md") + "\n<script>\n");
        site.Write("content/stories/later.md", "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [zhizhong]\nsources: [src-a]\ndraft: true\n---\n<b>草稿</b>\n");
        site.Write("data/communities/zhizhong.yml", site.Read("data/communities/zhizhong.yml").Replace("residents: 15546", "residents: 约一万"));
        return site;
    }

    private static int LineOf(TempSite site, string path, string text) => Array.FindIndex(site.Read(path).Split('\n'), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void A_failed_build_reports_html_and_remote_images_with_the_validation_errors()
    {
        using var site = BrokenSiteWithHtmlInAStory();
        var line = LineOf(site, Story, "骑手说");

        var result = BuildPipeline.Run(new BuildOptions(site.Root, Path.Combine(site.Root, "_out")));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "CIV2102");
        var html = result.Diagnostics.Where(d => d.Code == BuildDiagnosticCodes.RawHtml.Code).ToList();
        Assert.Equal(
            [$"CIV4011@content/pages/about.md:{LineOf(site, "content/pages/about.md", "<script>")}:1", $"CIV4011@{Story}:{line}:5"],
            html.Select(d => SiteFixture.Codes([d])));
        Assert.Equal("HTML '<div>' is shown as text, not used as HTML", html[1].Message);
        var image = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.RemoteImage.Code);
        Assert.Equal(new SourceLocation(Story, line + 2, 1), image.Location);
        Assert.All(html.Append(image), d => Assert.False(d.IsError));
    }

    [Fact]
    public void Check_reports_them_with_the_validation_errors_and_leaves_out_drafts_as_a_build_does()
    {
        using var site = BrokenSiteWithHtmlInAStory();

        var result = BuildPipeline.Validate(site.Root);

        Assert.Null(result.Model);
        Assert.Equal(
            $"CIV4011@content/pages/about.md CIV4011@{Story} CIV4012@{Story} CIV2102@data/communities/zhizhong.yml",
            string.Join(" ", result.Diagnostics.Select(d => $"{d.Code}@{d.Location.Path}")));
    }

    [Fact]
    public void A_site_that_validates_reports_them_once_from_its_pages()
    {
        using var site = SiteFixture.Minimal().WithRepositoryThemes();
        site.Write(Story, site.Read(Story) + "\n骑手说：<div>歇脚</div>\n");

        Assert.Empty(BuildPipeline.Validate(site.Root).Diagnostics);
        var result = BuildPipeline.Run(new BuildOptions(site.Root, Path.Combine(site.Root, "_out")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.RawHtml.Code);
    }
}
