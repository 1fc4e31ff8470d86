using Civic.Site.Diagnostics;
using Civic.Site.Tests.Render;

namespace Civic.Site.Tests.Emit.Html;

/// <summary>HTML written into a story, and an image from another host, are told to the editor where they were written.</summary>
public sealed class UnsafeContentReportTests
{
    private const string Story = "content/stories/hanyang-dililiang.md";

    [Fact]
    public void Html_and_remote_images_in_a_story_are_warnings_at_their_line_and_column_and_the_build_still_succeeds()
    {
        using var site = BundledSite.Copy();
        var text = site.Read(Story);
        var line = text.Split('\n').Length + 1;
        site.Write(Story, text + "\n骑手说：<iframe src=\"https://evil.example/\"></iframe>\n\n![外景](https://evil.example/track.png)\n");

        var result = BuildPipeline.Run(new BuildOptions(site.Root, Path.Combine(site.Root, "_out")));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var html = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.RawHtml.Code);
        Assert.Equal((new SourceLocation(Story, line, 5), "HTML '<iframe src=\"https://evil.example/\">' is shown as text, not used as HTML"), (html.Location, html.Message));
        var image = Assert.Single(result.Diagnostics, d => d.Code == BuildDiagnosticCodes.RemoteImage.Code);
        Assert.Equal(new SourceLocation(Story, line + 2, 1), image.Location);
        Assert.False(html.IsError || image.IsError);

        var page = File.ReadAllText(Path.Combine(site.Root, "_out", "stories", "hanyang-dililiang", "index.html"));
        Assert.DoesNotContain("src=\"https://evil.example", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://evil.example/track.png\">外景</a>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;iframe", page, StringComparison.Ordinal);
    }
}
