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

    [Fact]
    public void A_copied_record_is_not_told_to_take_the_name_of_the_file_it_was_copied_from()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/zhizhong-2.yml", site.Read("data/communities/zhizhong.yml"));
        var d = Assert.Single(SiteFixture.Check(site), d => d.Code == "CIV2109");
        Assert.Equal("the id and the file name must be equal: change the id to 'zhizhong-2' (data/communities/zhizhong.yml exists already)", d.Hint);
    }

    [Fact]
    public void Renaming_the_file_to_the_id_is_offered_when_the_name_is_free_and_valid()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "id: b\nname: 社区\nsources: [src-a]\n")
            .Write("data/communities/c.yml", "id: Big-C\nname: 社区\nsources: [src-a]\n");
        var diags = SiteFixture.Check(site);
        Assert.Equal("the id and the file name must be equal: change the id to 'a' or rename the file to 'b.yml'",
            diags.Single(d => d.Code == "CIV2109" && d.Location.Path.EndsWith("a.yml", StringComparison.Ordinal)).Hint);
        Assert.Equal("the id and the file name must be equal: change the id to 'c' ('Big-C' is not a valid id, so not a file name)",
            diags.Single(d => d.Code == "CIV2109" && d.Location.Path.EndsWith("c.yml", StringComparison.Ordinal)).Hint);
    }

    [Theory]
    [InlineData("Hanyang-Station", "hanyang-station")]
    [InlineData("Zhizhong Station 2", "zhizhong-station-2")]
    [InlineData("汉阳站", "hanyang-station")]
    public void An_id_not_matching_the_id_pattern_gets_a_hint_in_words_with_the_value_made_an_id(string id, string suggestion)
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", $"id: {id}\nname: 社区\nsources: [src-a]\n");
        var d = Assert.Single(SiteFixture.Check(site), d => d.Code == "CIV2105");
        Assert.Equal($"write it in lower-case ASCII letters and digits joined by single hyphens, for example '{suggestion}'", d.Hint);
    }
}
