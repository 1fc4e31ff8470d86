namespace Civic.Site.Tests.Validate;

public sealed class RecordValidatorTests
{
    private static string Check(string file, string yaml)
    {
        using var site = SiteFixture.Minimal();
        site.Write(file, yaml);
        return SiteFixture.Codes(SiteFixture.Check(site).Where(d => d.IsError));
    }

    [Fact]
    public void A_complete_record_passes()
    {
        Assert.Equal("", Check("data/communities/a.yml", "id: a\nname: 社区\nsources: [src-a]\n"));
    }

    [Fact]
    public void Unknown_keys_missing_keys_and_an_empty_required_list_are_each_reported()
    {
        Assert.Equal(
            "CIV2101@data/communities/a.yml:1:1 CIV2103@data/communities/a.yml:2:1 CIV2120@data/communities/a.yml:3:10",
            Check("data/communities/a.yml", "id: a\nnmae: 社区\nsources: []\n"));
    }

    [Fact]
    public void A_required_key_written_without_a_value_is_called_empty_not_missing()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname:\nsources: [src-a]\n");
        var d = Assert.Single(SiteFixture.Check(site), d => d.IsError);
        Assert.Equal("CIV2120@data/communities/a.yml:2:1", SiteFixture.Codes([d]));
        Assert.Equal("required key 'name' is empty", d.Message);
        Assert.Equal("fill it in: write a text after 'name:'", d.Hint);
    }

    [Fact]
    public void A_list_written_as_text_in_a_reference_field_is_a_wrong_type_and_not_an_unknown_id()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: a\nname: 社区\nsources: src-a, src-b\n");
        var d = Assert.Single(SiteFixture.Check(site), d => d.IsError);
        Assert.Equal("CIV2102@data/communities/a.yml:3:10", SiteFixture.Codes([d]));
    }

    [Fact]
    public void Pattern_must_match_the_whole_value()
    {
        // the id pattern has anchors; a pattern without them must still not accept a partial match
        using var site = SiteFixture.Minimal();
        var schema = site.Read("data/districts/_dataset.yml").Replace("title: {zh: 名称, en: Name}\n    constraints: {required: true}",
            "title: {zh: 名称, en: Name}\n    constraints: {required: true, pattern: '[a-z]+区'}");
        site.Write("data/districts/_dataset.yml", schema).Write("data/districts/jiangxia.yml", "id: jiangxia\nname: 江夏区x\n");
        Assert.Equal("CIV2105@data/districts/jiangxia.yml:2:7", SiteFixture.Codes(SiteFixture.Check(site)));
    }

    [Fact]
    public void Enum_and_length_are_checked_for_strings_and_range_for_numbers()
    {
        Assert.Equal(
            "CIV2106@data/districts/hanyang.yml:3:7",
            Check("data/districts/hanyang.yml", "id: hanyang\nname: 汉阳区\nkind: city\n"));
        Assert.Equal(
            "CIV2104@data/communities/a.yml:3:8 CIV2107@data/communities/a.yml:2:7",
            Check("data/communities/a.yml", "id: a\nname: 一二三四五六七八九十一二三四五六七八九十一\nshare: 100.01\nsources: [src-a]\n")
                .Split(' ').Order(StringComparer.Ordinal).Aggregate((x, y) => x + " " + y));
    }

    [Fact]
    public void Id_must_equal_the_file_name_and_the_file_name_must_be_a_slug()
    {
        Assert.Equal("CIV2109@data/communities/a.yml:1:5", Check("data/communities/a.yml", "id: b\nname: 社区\nsources: [src-a]\n"));
        Assert.Contains("CIV2112@data/communities/A_b.yml:1:1", Check("data/communities/A_b.yml", "id: A_b\nname: 社区\nsources: [src-a]\n"));
    }

    [Fact]
    public void Records_of_an_incomplete_dataset_are_not_checked_field_by_field()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/_dataset.yml", site.Read("data/communities/_dataset.yml").Replace("type: year", "type: yeer"));
        site.Write("data/communities/a.yml", "id: a\nbogus: 1\n");
        Assert.Equal("CIV2113@data/communities/_dataset.yml:30:11", SiteFixture.Codes(SiteFixture.Check(site).Where(d => d.IsError)));
    }
}
