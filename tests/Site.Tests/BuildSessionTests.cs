using Civic.Site.Tests.Render;

namespace Civic.Site.Tests;

/// <summary>What a serve session reuses between builds, and that it stops reusing it once the inputs change.</summary>
public sealed class BuildSessionTests
{
    [Fact]
    public void Open_data_is_reused_while_data_is_unchanged_and_rebuilt_after_a_data_edit()
    {
        using var site = BundledSite.Copy();
        var session = new BuildSession(keepPages: true);
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root), session).Succeeded);
        var first = session.OpenData!.Value.Output;

        var story = "content/stories/hanyang-dililiang.md";
        site.Write(story, site.Read(story) + "\n一段新的文字。\n");
        var second = BuildPipeline.Run(new BuildOptions(site.Root), session);

        Assert.True(second.Succeeded);
        Assert.Same(first, session.OpenData!.Value.Output);

        var station = "data/stations/chunhe-centre.yml";
        site.Write(station, site.Read(station).Replace("春和社区党员群众服务中心", "春和社区党员群众服务中心（新名）", StringComparison.Ordinal));
        var third = BuildPipeline.Run(new BuildOptions(site.Root), session);

        Assert.True(third.Succeeded, string.Join("\n", third.Diagnostics));
        Assert.NotSame(first, session.OpenData!.Value.Output);
        Assert.Contains("春和社区党员群众服务中心（新名）", File.ReadAllText(Path.Combine(third.OutputDir, "data", "stations.csv")));
    }

    [Fact]
    public void Pages_whose_variables_did_not_change_are_not_rendered_again()
    {
        using var site = BundledSite.Copy();
        var session = new BuildSession(keepPages: true);
        var first = BuildPipeline.Run(new BuildOptions(site.Root), session);
        var story = "content/stories/hanyang-dililiang.md";
        site.Write(story, site.Read(story) + "\n一段新的文字。\n");

        var second = BuildPipeline.Run(new BuildOptions(site.Root), session);

        Assert.True(second.Succeeded);
        Assert.Equal(first.PageCount, second.PageCount);
        Assert.InRange(second.RenderedCount, 1, first.PageCount / 10);
        Assert.Contains("一段新的文字。", File.ReadAllText(Path.Combine(second.OutputDir, "stories", "hanyang-dililiang", "index.html")));
    }

    [Fact]
    public void A_story_title_edit_makes_the_variables_of_the_pages_that_show_the_story_only()
    {
        using var site = BundledSite.Copy();
        var session = new BuildSession(keepPages: true);
        var first = BuildPipeline.Run(new BuildOptions(site.Root), session);
        var story = "content/stories/hanyang-dililiang.md";
        site.Write(story, site.Read(story).Replace("title: ", "title: 改稿：", StringComparison.Ordinal));

        var second = BuildPipeline.Run(new BuildOptions(site.Root), session);

        Assert.True(second.Succeeded, string.Join("\n", second.Diagnostics));
        Assert.InRange(session.Pages!.Reused, first.PageCount / 2, first.PageCount - second.RenderedCount);
        Assert.Contains("改稿：", File.ReadAllText(Path.Combine(second.OutputDir, "index.html")));
        Assert.Contains("改稿：", File.ReadAllText(Path.Combine(second.OutputDir, "stories", "hanyang-dililiang", "index.html")));

        // A date moves the story in every list: nothing is taken without making its variables again.
        site.Write(story, site.Read(story).Replace("date: 2025-12-25", "date: 2024-01-02", StringComparison.Ordinal));
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root), session).Succeeded);
        Assert.Equal(0, session.Pages.Reused);
    }

    [Fact]
    public void A_broken_theme_fails_every_build_of_the_session_until_it_is_fixed()
    {
        using var site = BundledSite.Copy();
        var session = new BuildSession(keepPages: true);
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root), session).Succeeded);
        var layout = "themes/default/layouts/404.sbn";
        var good = site.Read(layout);

        site.Write(layout, good + "\n{{ if }}\n");
        session.ThemeChanged();
        var broken = BuildPipeline.Run(new BuildOptions(site.Root), session);
        var again = BuildPipeline.Run(new BuildOptions(site.Root), session);

        Assert.False(broken.Succeeded);
        Assert.False(again.Succeeded);
        Assert.Contains(again.Diagnostics, d => d.Code == Civic.Site.Diagnostics.BuildDiagnosticCodes.TemplateSyntax.Code && d.Location.Path == layout);

        site.Write(layout, good);
        session.ThemeChanged();
        Assert.True(BuildPipeline.Run(new BuildOptions(site.Root), session).Succeeded);
    }
}
