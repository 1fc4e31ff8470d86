namespace Civic.Site.Tests.Validate;

public sealed class StoryValidatorTests
{
    private static string Check(string path, string text)
    {
        using var site = SiteFixture.Minimal();
        site.Write(path, text);
        return SiteFixture.Codes(SiteFixture.Check(site));
    }

    [Fact]
    public void A_month_or_a_year_alone_is_a_valid_story_date_as_the_source_gives_it_but_a_slashed_date_is_not()
    {
        Assert.Equal("", Check("content/stories/first.md", "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [zhizhong]\nsources: [src-a]\n---\n"));
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md", "---\ntitle: t\ndate: 2024\nsummary: s\ncommunities: [zhizhong]\nsources: [src-a]\n---\n");
        Assert.Equal("", SiteFixture.Codes(SiteFixture.Check(site)));
        Assert.Equal(Civic.Site.Model.PartialDate.OfYear(2024), Civic.Site.Model.SiteModelBuilder.Load(site.Root).Model!.Stories.Single(s => s.Slug == "first").Date);
        Assert.Equal("CIV2110@content/stories/first.md:3:7",
            Check("content/stories/first.md", "---\ntitle: t\ndate: 2024/07\nsummary: s\ncommunities: [zhizhong]\nsources: [src-a]\n---\n"));
    }

    [Fact]
    public void A_mapping_in_a_front_matter_list_is_reported_as_that_item()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md", "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [zhizhong, 职中: 社区]\nsources: [src-a]\n---\n");
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal("CIV2102@content/stories/first.md:5:25", SiteFixture.Codes([d]));
        Assert.Equal("item 2 of 'communities' must be a text, found a mapping", d.Message);
    }

    [Fact]
    public void Any_dataset_name_is_a_story_key_so_a_new_dataset_needs_no_code()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/festivals/_dataset.yml",
            "title: {zh: 节日, en: Festivals}\ndescription: {zh: 节, en: F}\nlicence: CC-BY-4.0\nfields:\n" +
            "  - name: id\n    type: string\n    title: {zh: 编号, en: ID}\n  - name: name\n    type: string\n    title: {zh: 名称, en: Name}\n");
        site.Write("data/festivals/lantern.yml", "id: lantern\nname: 元宵\n");
        site.Write("content/stories/first.md",
            "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [zhizhong]\nfestivals: [lantern]\nsources: [src-a]\n---\n");
        Assert.Equal("", SiteFixture.Codes(SiteFixture.Check(site)));
        var model = Civic.Site.Model.SiteModelBuilder.Load(site.Root).Model!;
        Assert.Equal("first", Assert.Single(model.StoriesMentioning("festivals", "lantern")).Slug);
    }

    [Fact]
    public void Required_keys_wrong_types_and_missing_sources_are_reported()
    {
        Assert.Equal(
            "CIV2101@content/stories/first.md:2:1 CIV2101@content/stories/first.md:2:1 CIV3002@content/stories/first.md:2:1 " +
            "CIV2102@content/stories/first.md:3:14 CIV2102@content/stories/first.md:4:11",
            Check("content/stories/first.md", "---\ndate: 2024-07-01\ncommunities: zhizhong\nfeatured: yes\n---\n"));
    }

    [Fact]
    public void Title_and_summary_written_without_a_value_are_called_empty_not_missing()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md", "---\ntitle:\ndate: 2024-07\nsummary:\ncommunities: [zhizhong]\nsources: [src-a]\n---\n");
        var diags = SiteFixture.Check(site);
        Assert.Equal("CIV2120@content/stories/first.md:2:1 CIV2120@content/stories/first.md:4:1", SiteFixture.Codes(diags));
        Assert.Equal("required key 'title' is empty", diags[0].Message);
        Assert.Equal("fill it in: write a text after 'title:'", diags[0].Hint);
        Assert.Equal("required key 'summary' is empty", diags[1].Message);
    }

    [Fact]
    public void Title_and_summary_of_quotes_or_spaces_alone_are_empty_too_in_a_translation_as_well()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md", "---\ntitle: \"\"\ndate: 2024-07\nsummary: \"  \"\ncommunities: [zhizhong]\nsources: [src-a]\n---\n");
        site.Write("content/stories/first.en.md", "---\ntitle: ' '\nsummary: s\n---\n");
        var diags = SiteFixture.Check(site);
        Assert.Equal(
            "CIV2120@content/stories/first.en.md:2:8 CIV2120@content/stories/first.md:2:8 CIV2120@content/stories/first.md:4:10",
            SiteFixture.Codes(diags));
    }

    [Fact]
    public void A_list_written_as_plain_text_is_shown_in_the_yaml_list_form()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md", "---\ntitle: 驿站\ndate: 2024-07\nsummary: s\ncommunities: zhizhong，职中社区、nowhere\nsources: [src-a]\n---\n");
        var d = Assert.Single(SiteFixture.Check(site), d => d.IsError);
        Assert.Equal("CIV2102@content/stories/first.md:5:14", SiteFixture.Codes([d]));
        Assert.Equal("'communities' must be a list of texts, found the text 'zhizhong，职中社区、nowhere'", d.Message);
        Assert.Equal("write a list of texts, for example [zhizhong, 职中社区, nowhere]", d.Hint);
    }

    [Fact]
    public void Translations_take_only_title_and_summary_and_need_an_original()
    {
        Assert.Equal("CIV2103@content/stories/first.en.md:4:1",
            Check("content/stories/first.en.md", "---\ntitle: T\nsummary: S\ndate: 2024-07\n---\n"));
        Assert.Equal("CIV2119@content/pages/team.en.md:1:1",
            Check("content/pages/team.en.md", "---\ntitle: Team\n---\n"));
        Assert.Equal("CIV2112@content/pages/about.fr.md:1:1",
            Check("content/pages/about.fr.md", "---\ntitle: À propos\n---\n"));
    }

    [Fact]
    public void Pages_need_a_title()
    {
        Assert.Equal("CIV2101@content/pages/about.md:2:1", Check("content/pages/about.md", "---\ntitle_en: About\n---\n"));
    }

    [Fact]
    public void A_translation_whose_original_fails_to_load_is_not_called_an_orphan()
    {
        using var site = SiteFixture.Minimal();
        site.Write("content/stories/first.md", "---\ntitle: t\n");
        Assert.Equal("CIV1007@content/stories/first.md:1:1", SiteFixture.Codes(SiteFixture.Check(site).Where(d => d.IsError)));
    }
}
