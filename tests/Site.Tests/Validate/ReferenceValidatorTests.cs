namespace Civic.Site.Tests.Validate;

public sealed class ReferenceValidatorTests
{
    [Fact]
    public void Single_and_list_references_in_records_must_exist()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\ndistrict: wuchang\nsources: [src-a, src-b]\n");
        var diags = SiteFixture.Check(site).Where(d => d.IsError).ToList();
        Assert.Equal("CIV3001@data/communities/a.yml:3:11 CIV3001@data/communities/a.yml:4:18", SiteFixture.Codes(diags));
        Assert.Equal("add data/districts/wuchang.yml or correct the id", diags[0].Hint);
        Assert.Equal("did you mean 'src-a'?", diags[1].Hint);
    }

    [Fact]
    public void Story_mentions_must_exist_in_their_datasets()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md",
            "---\ntitle: t\ndate: 2024-07\nsummary: s\ndistrict: jiangxai\ncommunities: [zhizhong, nowhere]\nsources: [src-a]\n---\n");
        Assert.Equal(
            "CIV3001@content/stories/first.md:5:11 CIV3001@content/stories/first.md:6:25",
            SiteFixture.Codes(SiteFixture.Check(site)));
    }

    [Fact]
    public void A_record_name_written_for_its_id_gets_the_id_as_the_hint()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md",
            "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ndistrict: 江夏区\ncommunities: [职中社区]\nsources: [src-a]\n---\n");
        var diags = SiteFixture.Check(site).Where(d => d.IsError).ToList();
        Assert.Equal("CIV3001@content/stories/first.md:5:11 CIV3001@content/stories/first.md:6:15", SiteFixture.Codes(diags));
        Assert.Equal("did you mean 'jiangxia' (江夏区)?", diags[0].Hint);
        Assert.Equal("did you mean 'zhizhong' (职中社区)?", diags[1].Hint);

        site.Write("content/stories/first.md",
            "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ndistrict: jiangxia district\ncommunities: [zhizhong]\nsources: [src-a]\n---\n");
        Assert.Equal("did you mean 'jiangxia' (Jiangxia District)?", Assert.Single(SiteFixture.Check(site)).Hint);

        // The name without its suffix, as editors often write it, when only one record's name starts so.
        site.Write("content/stories/first.md",
            "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ndistrict: 江夏\ncommunities: [zhizhong]\nsources: [src-a]\n---\n");
        Assert.Equal("did you mean 'jiangxia' (江夏区)?", Assert.Single(SiteFixture.Check(site)).Hint);
    }

    [Fact]
    public void A_value_that_cannot_be_an_id_gets_no_hint_to_create_a_file_named_after_it()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md",
            "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ndistrict: 武昌区\ncommunities: [zhizhong]\nsources: [src-a]\n---\n");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV3001@content/stories/first.md:5:11", SiteFixture.Codes([d]));
        Assert.Equal("'district' refers to '武昌区', which is not a record of 'districts'", d.Message);
        Assert.Equal("write the id of a record of 'districts', not its name: ids are the file names in data/districts/ without .yml", d.Hint);
    }

    [Fact]
    public void A_list_written_as_text_in_a_story_is_not_also_an_unknown_id()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md",
            "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ncommunities: zhizhong, nowhere\nsources: [src-a]\n---\n");
        Assert.Equal("CIV2102@content/stories/first.md:5:14", SiteFixture.Codes(SiteFixture.Check(site).Where(d => d.IsError)));
    }

    [Fact]
    public void Only_records_of_record_page_datasets_warn_when_no_story_mentions_them()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\nsources: [src-a]\n");
        site.Write("data/districts/hanyang.yml", "id: hanyang\nname: 汉阳区\n");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal(("CIV3003", "data/communities/a.yml", false), (d.Code, d.Location.Path, d.IsError));
    }

    [Fact]
    public void A_story_that_cannot_be_read_does_not_make_the_records_it_names_unmentioned()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\nsources: [src-a]\n");
        site.Write("content/stories/open.md", "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [a]\nsources: [src-a]\n正文\n");
        var all = SiteFixture.Check(site);
        Assert.True(all.Count == 1, string.Join("\n", all));
        Assert.Equal(("CIV1007", "content/stories/open.md", true), (all[0].Code, all[0].Location.Path, all[0].IsError));
    }

    [Fact]
    public void An_id_listed_twice_warns_at_the_second_and_points_at_the_first()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\nsources: [src-a, src-a]\n");
        site.Write("content/stories/first.md", "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ncommunities:\n  - a\n  - a\nsources: [src-a]\n---\n");
        var repeated = SiteFixture.Check(site).Where(d => d.Code == "CIV3004").ToList();
        Assert.Equal("CIV3004@content/stories/first.md:7:5 CIV3004@data/communities/a.yml:3:18", SiteFixture.Codes(repeated));
        Assert.Equal("'communities' lists 'a' twice", repeated[0].Message);
        Assert.Equal("content/stories/first.md:6:5", Assert.Single(repeated[0].Related).Location.ToString());
        Assert.False(repeated[0].IsError);
    }

    [Fact]
    public void List_items_indented_differently_are_read_as_one_and_the_hint_says_so()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\nsources: [src-a]\n");
        site.Write("data/communities/b.yml", "id: b\nname: 社区\nsources: [src-a]\n");
        site.Write("content/stories/first.md", "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ncommunities:\n  - a\n    - b\nsources: [src-a]\n---\n");
        // Reported by the YAML reader at the second '-', which keeps the two ids apart: both exist.
        var d = Assert.Single(SiteFixture.Check(site), d => d.IsError);
        Assert.Equal("CIV1012@content/stories/first.md:7:5", SiteFixture.Codes([d]));
        Assert.Contains("line up this '-'", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_story_counts_as_a_mention()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\nsources: [src-a]\n");
        site.Write("content/stories/draft.md", "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [a]\nsources: [src-a]\ndraft: true\n---\n");
        Assert.Empty(SiteFixture.Check(site));
    }

    [Fact]
    public void A_record_that_fails_to_load_is_reported_once_not_at_every_reference()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/zhizhong.yml", "id: zhizhong\nname: [职中社区\n");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV1004@data/communities/zhizhong.yml:2:12", SiteFixture.Codes([d]));
        Assert.Equal("data/communities/zhizhong.yml:2:7", Assert.Single(d.Related).Location.ToString());
    }
}
