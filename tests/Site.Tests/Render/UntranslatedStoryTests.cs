namespace Civic.Site.Tests.Render;

/// <summary>A story without an English translation stays Chinese on the English site, marked as such.</summary>
public sealed class UntranslatedStoryTests
{
    [Fact]
    public void An_untranslated_story_on_the_english_site_is_marked_as_chinese_with_an_english_notice()
    {
        using var site = BundledSite.Copy();
        var slug = Path.GetFileName(Directory.GetFiles(Path.Combine(site.Root, "content", "stories"), "*.en.md").Order(StringComparer.Ordinal).First())[..^".en.md".Length];
        site.Delete($"content/stories/{slug}.en.md");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var html = File.ReadAllText(Path.Combine(result.OutputDir, "en", "stories", slug, "index.html"));
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Matches("<article class=\"story\" lang=\"zh-Hans\"[ >]", html);
        Assert.Matches("<p class=\"notice\" lang=\"en\">[^<]+</p>", html);
        var translated = File.ReadAllText(Path.Combine(result.OutputDir, "en", "stories", Other(site.Root, slug), "index.html"));
        Assert.DoesNotContain("<article class=\"story\" lang=", translated);
    }

    private static string Other(string root, string slug) =>
        Path.GetFileName(Directory.GetFiles(Path.Combine(root, "content", "stories"), "*.en.md").Order(StringComparer.Ordinal).First())[..^".en.md".Length] is var s && s != slug
            ? s
            : throw new InvalidOperationException("no translated story left");
}
