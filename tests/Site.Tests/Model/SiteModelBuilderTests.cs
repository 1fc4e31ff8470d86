using Civic.Site.Model;
using Civic.TestKit;

namespace Civic.Site.Tests.Model;

public sealed class SiteModelBuilderTests
{
    private static SiteLoadResult LoadMinimal() => SiteModelBuilder.Load(RepoPaths.Combine("tests", "Site.Tests", "Sites", "minimal"));

    [Fact]
    public void Minimal_site_loads_without_diagnostics()
    {
        var result = LoadMinimal();
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Model);
    }

    [Fact]
    public void Record_values_are_typed_by_the_schema()
    {
        var m = LoadMinimal().Model!;
        var z = m.FindRecord("communities", "zhizhong")!;
        Assert.Equal(15546L, z.Get("residents"));
        Assert.Equal(12.5m, z.Get("share"));
        Assert.Equal(PartialDate.OfYear(2003), z.Get("founded"));
        Assert.Equal(true, z.Get("active"));
        Assert.Equal(new[] { "src-a" }, z.GetList("sources").ToArray());
        Assert.Equal("职中社区", z.Title.Zh);
        Assert.Equal("data/communities/zhizhong.yml", z.SourcePath);
        Assert.Equal(PartialDate.OfMonth(2024, 7), m.FindRecord("sources", "src-a")!.Get("date"));
    }

    [Fact]
    public void English_title_field_gives_the_record_an_english_title()
    {
        var d = LoadMinimal().Model!.FindRecord("districts", "jiangxia")!;
        Assert.Equal(("江夏区", "Jiangxia District"), (d.Title.Zh, d.Title.En));
    }

    [Fact]
    public void Story_keeps_front_matter_links_raw_body_and_translation()
    {
        var m = LoadMinimal().Model!;
        var s = Assert.Single(m.Stories);
        Assert.Equal("first", s.Slug);
        Assert.Equal(PartialDate.OfDay(2024, 7, 15), s.Date);
        Assert.Equal("jiangxia", s.District);
        Assert.Equal(new[] { "zhizhong" }, s.Communities.ToArray());
        Assert.Equal(new[] { "src-a" }, s.Sources.ToArray());
        Assert.True(s.Featured);
        Assert.False(s.Draft);
        Assert.Equal("正文第一段。\n\n正文第二段。\n", s.Body);
        Assert.Equal(10, s.BodyLine);
        Assert.Equal("A rest stop in a property office", s.English!.Title);
        Assert.Equal("A short lead.", s.English.Summary);
        Assert.Same(s, Assert.Single(m.StoriesMentioning("communities", "zhizhong")));
    }

    [Fact]
    public void Config_and_pages_are_read_with_defaults()
    {
        var m = LoadMinimal().Model!;
        Assert.Equal("https://civic.example/", m.Config.BaseUrl);
        Assert.Equal(new[] { "zh-Hans", "en" }, m.Config.Languages.ToArray());
        Assert.Equal("default", m.Config.Theme);
        Assert.Equal("_site", m.Config.Output);
        Assert.Equal(10, m.Config.StoriesPerPage);
        var about = m.Page("about")!;
        Assert.Equal(("关于", "About"), (about.Title.Zh, about.Title.En));
    }

    [Fact]
    public void No_model_is_built_when_there_are_errors()
    {
        using var site = TempSite.CopyOf(RepoPaths.Combine("tests", "Site.Tests", "Sites", "minimal"));
        site.Write("data/communities/zhizhong.yml", "id: zhizhong\nname: 职中社区\n");
        var result = SiteModelBuilder.Load(site.Root);
        Assert.Null(result.Model);
        Assert.Equal("CIV2101", Assert.Single(result.Diagnostics).Code);
    }
}
