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
    public void A_month_is_a_valid_story_date_but_a_year_alone_is_not()
    {
        Assert.Equal("", Check("content/stories/first.md", "---\ntitle: t\ndate: 2024-07\nsummary: s\ncommunities: [zhizhong]\nsources: [src-a]\n---\n"));
        Assert.Equal("CIV2110@content/stories/first.md:3:7",
            Check("content/stories/first.md", "---\ntitle: t\ndate: 2024\nsummary: s\ncommunities: [zhizhong]\nsources: [src-a]\n---\n"));
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
