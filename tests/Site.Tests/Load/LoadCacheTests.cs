using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Model;
using Civic.Site.Tests.Model;
using Civic.TestKit;

namespace Civic.Site.Tests.Load;

public sealed class LoadCacheTests
{
    private const string Story = "content/stories/datong-yishi.md";

    [Fact]
    public void A_reload_after_one_edit_parses_only_that_file_and_gives_the_model_of_a_cold_load()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        var first = SiteModelBuilder.Load(site.Root, cache: cache);
        Assert.True(first.Model is not null, string.Join("\n", first.Diagnostics));
        var files = cache.FilesParsed;
        Assert.True(files > 100, $"only {files} files were parsed on the first load");

        site.Write(Story, site.Read(Story).Replace("打铜社区：改造怎么做", "打铜社区：改造这样做"));
        var warm = SiteModelBuilder.Load(site.Root, cache: cache);

        Assert.Equal((1, files - 1), (cache.FilesParsed, cache.FilesReused));
        Assert.Equal("打铜社区：改造这样做，居民说了算", warm.Model!.Story("datong-yishi")!.Title);
        Assert.Equal(ModelDump.Of(SiteModelBuilder.Load(site.Root).Model!), ModelDump.Of(warm.Model));
    }

    [Fact]
    public void A_syntax_error_is_reported_after_the_edit_that_makes_it_and_cleared_by_the_fix()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        var original = site.Read(Story);
        Assert.Empty(SiteModelBuilder.Load(site.Root, cache: cache).Diagnostics);

        site.Write(Story, original.Replace("stations: []", "stations: [a, b"));
        var broken = SiteModelBuilder.Load(site.Root, cache: cache);
        var d = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal(("CIV1004", Story, 8), (d.Code, d.Location.Path, d.Location.Line));
        Assert.Null(broken.Model);
        Assert.Equal(1, cache.FilesParsed);

        // Unchanged, still broken: the problem is replayed without reading the file again.
        var again = SiteModelBuilder.Load(site.Root, cache: cache);
        Assert.Equal(0, cache.FilesParsed);
        Assert.Equal(string.Join("\n", broken.Diagnostics), string.Join("\n", again.Diagnostics));
        Assert.Equal(
            DiagnosticFormatter.Format(broken.Diagnostics, DiagnosticFormat.Text, broken.Sources),
            DiagnosticFormatter.Format(again.Diagnostics, DiagnosticFormat.Text, again.Sources));

        site.Write(Story, original);
        var fixedResult = SiteModelBuilder.Load(site.Root, cache: cache);
        Assert.Empty(fixedResult.Diagnostics);
        Assert.NotNull(fixedResult.Model);
        Assert.Equal(1, cache.FilesParsed);
    }

    [Fact]
    public void Added_and_deleted_files_are_seen_and_forgotten()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        SiteModelBuilder.Load(site.Root, cache: cache);
        var held = cache.Count;

        site.Write("content/stories/new-one.md", site.Read(Story).Replace("打铜社区：", "新故事："));
        var added = SiteModelBuilder.Load(site.Root, cache: cache).Model!;
        Assert.Equal("新故事：改造怎么做，居民说了算", added.Story("new-one")!.Title);
        Assert.Equal((1, held + 1), (cache.FilesParsed, cache.Count));

        site.Delete("content/stories/new-one.md");
        var deleted = SiteModelBuilder.Load(site.Root, cache: cache).Model!;
        Assert.Null(deleted.Story("new-one"));
        Assert.Equal((0, held), (cache.FilesParsed, cache.Count));
    }

    [Fact]
    public void Told_what_changed_a_load_looks_at_those_files_and_folders_only_and_for_one_load()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        SiteModelBuilder.Load(site.Root, cache: cache);
        var held = cache.Count;
        const string Other = "content/stories/hanyang-dililiang.md";

        // Both files changed, but the list names one: the other is taken as it was, without its stamp being looked at.
        site.Write(Story, site.Read(Story).Replace("打铜社区：", "改一："));
        site.Write(Other, site.Read(Other).Replace("title: ", "title: 改二"));
        cache.Changes = new HashSet<string> { Story };
        var told = SiteModelBuilder.Load(site.Root, cache: cache).Model!;
        Assert.Equal((1, held - 1), (cache.FilesParsed, cache.FilesReused));
        Assert.StartsWith("改一：", told.Story("datong-yishi")!.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("改二", told.Story("hanyang-dililiang")!.Title, StringComparison.Ordinal);

        // The list holds for one load: the next one, told nothing, compares every stamp and finds the other file.
        var untold = SiteModelBuilder.Load(site.Root, cache: cache).Model!;
        Assert.Equal(1, cache.FilesParsed);
        Assert.StartsWith("改二", untold.Story("hanyang-dililiang")!.Title, StringComparison.Ordinal);

        // A folder on the list (renamed or replaced as a whole) covers every file under it; a file listed that did
        // not change is compared by its stamp and taken again.
        site.Write(Story, site.Read(Story).Replace("改一：", "改三："));
        cache.Changes = new HashSet<string> { "content/stories", "data/stations/chunhe-centre.yml" };
        var folder = SiteModelBuilder.Load(site.Root, cache: cache).Model!;
        Assert.Equal((1, held - 1), (cache.FilesParsed, cache.FilesReused));
        Assert.StartsWith("改三：", folder.Story("datong-yishi")!.Title, StringComparison.Ordinal);
        Assert.Equal(ModelDump.Of(SiteModelBuilder.Load(site.Root).Model!), ModelDump.Of(folder));
    }

    [Fact]
    public void An_edit_that_keeps_the_length_and_the_time_stamp_is_still_seen()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        var full = Path.Combine(site.Root, Story);
        site.Write(Story, site.Read(Story));
        var stamp = File.GetLastWriteTimeUtc(full);
        SiteModelBuilder.Load(site.Root, cache: cache);

        // Same length, same time stamp, written just now: only the content tells the edit apart.
        site.Write(Story, site.Read(Story).Replace("打铜社区：", "铜打社区："));
        File.SetLastWriteTimeUtc(full, stamp);
        var model = SiteModelBuilder.Load(site.Root, cache: cache).Model!;

        Assert.Equal("铜打社区：改造怎么做，居民说了算", model.Story("datong-yishi")!.Title);
        Assert.Equal(1, cache.FilesParsed);
    }

    [Fact]
    public void Other_limits_or_another_root_start_from_nothing()
    {
        using var site = TempSite.CopyOfRepositorySite();
        using var other = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        SiteModelBuilder.Load(site.Root, cache: cache);
        var all = cache.FilesParsed;

        SiteModelBuilder.Load(site.Root, new LoadOptions(MaxFileBytes: 100), cache);
        Assert.True(cache.FilesParsed > 0 && cache.FilesReused == 0, "limits changed but files were reused");
        SiteModelBuilder.Load(other.Root, cache: cache);
        Assert.Equal((all, 0), (cache.FilesParsed, cache.FilesReused));
    }

    [Fact]
    public void After_each_edit_a_load_through_the_cache_reports_and_builds_what_a_cold_load_does()
    {
        using var site = TempSite.CopyOfRepositorySite();
        var cache = new LoadCache();
        var edits = new (string Path, Func<string, string> Change)[]
        {
            ("data/communities/_dataset.yml", t => t.Replace("constraints: {required: true}", "constraints: {required: true, maxLength: 4}")),
            ("data/communities/datong.yml", t => t.Replace("id: datong", "id: datong\nextra: 1")),
            ("data/communities/_dataset.yml", t => t.Replace(", maxLength: 4}", "}")),
            (Story, t => t.Replace("communities: [datong]", "communities: [datong, nowhere]\nunknown: 1")),
            ("data/topics/_dataset.yml", null!),
            (Story, t => t.Replace("\nunknown: 1", "")),
            ("content/stories/datong-yishi.en.md", t => t.Replace("title:", "title: x\ntitle:")),
        };
        Same(SiteModelBuilder.Load(site.Root, cache: cache), SiteModelBuilder.Load(site.Root));
        var codes = new HashSet<string>();
        foreach (var (path, change) in edits)
        {
            if (change is null) site.Delete(path);
            else site.Write(path, change(site.Read(path)));
            codes.UnionWith(Same(SiteModelBuilder.Load(site.Root, cache: cache), SiteModelBuilder.Load(site.Root)));
            Assert.Equal(change is null ? 0 : 1, cache.FilesParsed);
        }
        Assert.Superset(new HashSet<string> { "CIV2107", "CIV2103", "CIV3001", "CIV2117", "CIV1005" }, codes);
    }

    private static IEnumerable<string> Same(SiteLoadResult cached, SiteLoadResult cold)
    {
        Assert.Equal(
            DiagnosticFormatter.Format(cold.Diagnostics, DiagnosticFormat.Text, cold.Sources),
            DiagnosticFormatter.Format(cached.Diagnostics, DiagnosticFormat.Text, cached.Sources));
        Assert.Equal(cold.Model is null ? "" : ModelDump.Of(cold.Model), cached.Model is null ? "" : ModelDump.Of(cached.Model));
        return cached.Diagnostics.Select(d => d.Code);
    }
}
