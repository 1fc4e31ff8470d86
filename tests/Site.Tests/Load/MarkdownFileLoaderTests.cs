using Civic.Site.Load;

namespace Civic.Site.Tests.Load;

public sealed class MarkdownFileLoaderTests
{
    [Fact]
    public void Stories_and_translations_get_slug_language_body_and_positions()
    {
        using var site = SiteFixture.Minimal();
        var (loaded, _, _) = SiteFixture.Load(site);
        Assert.Equal(["first", "first"], loaded.Stories.Select(s => s.Slug));
        Assert.Equal([null, "en"], loaded.Stories.OrderBy(s => s.Language).Select(s => s.Language));
        var zh = loaded.Stories.Single(s => !s.IsTranslation);
        Assert.Equal("content/stories/first.md", zh.Path);
        Assert.Equal(10, zh.BodyLine);
        Assert.Equal(new Civic.Site.Diagnostics.SourceLocation("content/stories/first.md", 2, 8), zh.FrontMatter.Get("title")!.Start);
        Assert.Equal("about", Assert.Single(loaded.Pages).Slug);
    }

    [Fact]
    public void Hidden_files_such_as_an_editors_lock_file_are_not_content()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/.#first.md", "not front matter").Write("content/pages/.draft.md", "---\ntitle: 草稿\n---\n");
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Empty(diags);
        Assert.Equal(["first", "first"], loaded.Stories.Select(s => s.Slug));
        Assert.Equal("about", Assert.Single(loaded.Pages).Slug);
    }

    [Fact]
    public void Empty_front_matter_is_an_empty_mapping_and_a_list_is_reported()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/pages/empty.md", "---\n---\nbody\n").Write("content/pages/list.md", "---\n- a\n---\n");
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Empty(loaded.Pages.Single(p => p.Slug == "empty").FrontMatter.Entries);
        Assert.Equal("CIV1009@content/pages/list.md:2:1", SiteFixture.Codes(diags));
        Assert.Equal("front matter must be a mapping of 'key: value' lines, found a list", diags[0].Message);
    }

    [Fact]
    public void Body_is_kept_raw_including_html()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/pages/raw.md", "---\ntitle: t\n---\n<script>x</script>\n**b**\n");
        var (loaded, _, _) = SiteFixture.Load(site);
        Assert.Equal("<script>x</script>\n**b**\n", loaded.Pages.Single(p => p.Slug == "raw").Body);
    }
}
