namespace Civic.Site.Tests.Validate;

public sealed class DatasetValidatorTests
{
    [Fact]
    public void A_copied_file_with_a_stale_id_is_the_duplicate_not_the_original()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/aaa.yml", "id: zhizhong\nname: 社区\nsources: [src-a]\n");
        var d = SiteFixture.Check(site).Single(x => x.Code == "CIV2108");
        Assert.Equal("data/communities/aaa.yml", d.Location.Path);
        Assert.Contains("data/communities/zhizhong.yml", d.Hint);
    }

    [Fact]
    public void A_reference_to_a_missing_dataset_is_reported_with_a_suggestion()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/_dataset.yml", site.Read("data/communities/_dataset.yml").Replace("reference: sources", "reference: source"));
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal(("CIV2114", "did you mean 'sources'? datasets: communities, districts, sources"), (d.Code, d.Hint));
    }

    [Fact]
    public void Primary_key_and_title_fields_must_be_declared()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/districts/_dataset.yml", site.Read("data/districts/_dataset.yml")
            .Replace("title_field: name\n", "primary_key: code\ntitle_field: name\n").Replace("title_field_en: name_en", "title_field_en: english"));
        Assert.Equal(
            "CIV2116@data/districts/_dataset.yml:4:14 CIV2116@data/districts/_dataset.yml:6:17",
            SiteFixture.Codes(SiteFixture.Check(site).Where(x => x.Code == "CIV2116")));
    }

    [Fact]
    public void Unique_fields_must_differ_between_records()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/sources/_dataset.yml", site.Read("data/sources/_dataset.yml").Replace("constraints: {required: true}", "constraints: {required: true, unique: true}"));
        site.Write("data/sources/src-b.yml", "id: src-b\nheadline: 一篇报道\n");
        Assert.Equal("CIV2111@data/sources/src-b.yml:2:11", SiteFixture.Codes(SiteFixture.Check(site)));
    }

    [Fact]
    public void Record_pages_in_site_yml_must_name_datasets()
    {
        using var site = SiteFixture.Minimal();
        site.Write("site.yml", site.Read("site.yml").Replace("record_pages: [communities]", "record_pages: [communities, stations]"));
        var d = Assert.Single(SiteFixture.Check(site));
        Assert.Equal(("CIV2114", "site.yml:4:29"), (d.Code, d.Location.ToString()));
        Assert.Equal("'record_pages' names dataset 'stations', which does not exist", d.Message);
    }
}
