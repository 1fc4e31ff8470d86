namespace Civic.Site.Tests.Load;

public sealed class ContentFolderTests
{
    [Fact]
    public void Misplaced_records_and_stories_are_reported_each_with_why_and_how_to_fix()
    {
        using var site = SiteFixture.Minimal();
        var record = site.Read("data/communities/zhizhong.yml");
        var story = site.Read("content/stories/first.md");
        site.Write("data/communities/foo.yaml", record)
            .Write("data/communities/bar.YML", record)
            .Write("content/stories/upper-ext.MD", story)
            .Write("content/stories/md-ext.markdown", story)
            .Write("content/stories/sub/nested.md", story)
            .Write("content/pages/about.Markdown", story)
            .Write("data/communities/dir.yml/x.txt", "x");
        var (loaded, diags, _) = SiteFixture.Load(site);

        Assert.Equal(
            "CIV2125@content/pages/about.Markdown:1:1 CIV2125@content/stories/md-ext.markdown:1:1 " +
            "CIV2125@content/stories/sub/nested.md:1:1 CIV2125@content/stories/upper-ext.MD:1:1 " +
            "CIV2125@data/communities/bar.YML:1:1 CIV2125@data/communities/dir.yml/:1:1 CIV2125@data/communities/foo.yaml:1:1",
            SiteFixture.Codes(diags));
        string Hint(string path) => diags.Single(d => d.Location.Path == path).Hint!;
        Assert.Equal("file is not read: only files ending in '.yml' are read as records", diags.Single(d => d.Location.Path == "data/communities/foo.yaml").Message);
        Assert.Equal("rename the file to 'foo.yml'", Hint("data/communities/foo.yaml"));
        Assert.Equal("rename the file to 'bar.yml'", Hint("data/communities/bar.YML"));
        Assert.Equal("rename the file to 'upper-ext.md'", Hint("content/stories/upper-ext.MD"));
        Assert.Equal("rename the file to 'md-ext.md'", Hint("content/stories/md-ext.markdown"));
        Assert.Equal("content/pages/about.md exists already: keep what is needed of this file in that one, then delete this file", Hint("content/pages/about.Markdown"));
        Assert.Equal("move the file to content/stories/nested.md", Hint("content/stories/sub/nested.md"));
        Assert.Equal("file is not read: stories are read from content/stories/ itself, not from its subfolders",
            diags.Single(d => d.Location.Path == "content/stories/sub/nested.md").Message);
        Assert.StartsWith("a record is one file", Hint("data/communities/dir.yml/"));
        Assert.Equal(["zhizhong"], loaded.Dataset("communities")!.Records.Select(r => r.FileId));
    }

    [Fact]
    public void Hidden_entries_and_files_that_are_not_content_stay_quiet()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/.git/x.md", "x")
            .Write("content/stories/images/photo.jpg", "x")
            .Write("content/stories/first.md~", "x")
            .Write("content/stories/.gitkeep", "")
            .Write("data/communities/.draft.yaml", "x")
            .Write("data/.cache/x.yml", "x")
            .Write("data/communities/notes.txt", "x");
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Empty(diags);
        Assert.DoesNotContain(loaded.Datasets, d => d.Id == ".cache");
    }

    [Fact]
    public void A_record_directly_under_data_is_reported()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/new-place.yaml", "id: new-place\n");
        var (_, diags, _) = SiteFixture.Load(site);
        var d = Assert.Single(diags);
        Assert.Equal(("CIV2125", "data/new-place.yaml:1:1"), (d.Code, d.Location.ToString()));
        Assert.Equal("move the file into the folder of its dataset, data/<dataset>/new-place.yml", d.Hint);
    }
}
