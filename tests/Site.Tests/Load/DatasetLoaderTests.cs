using Civic.Site.Load;
using Civic.Site.Model;

namespace Civic.Site.Tests.Load;

public sealed class DatasetLoaderTests
{
    [Fact]
    public void Reads_the_schema_with_types_units_references_and_constraints()
    {
        using var site = SiteFixture.Minimal();
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Empty(diags);
        var d = loaded.Dataset("communities")!.Definition!;
        Assert.True(d.IsComplete);
        Assert.Equal(("id", "name", "1.0.0"), (d.PrimaryKey, d.TitleField, d.Version));
        Assert.Equal(["id", "name", "district", "residents", "share", "founded", "active", "sources"], d.Fields.Select(f => f.Name));
        var residents = d.Field("residents")!;
        Assert.Equal((FieldType.Integer, 0m, "人"), (residents.Type, residents.Constraints.Minimum, residents.Unit!.Zh));
        var sources = d.Field("sources")!;
        Assert.Equal((FieldType.Array, "sources", true), (sources.Type, sources.Reference, sources.Constraints.Required));
        Assert.True(loaded.Dataset("sources")!.Definition!.Field("date")!.IsPartialDate);
        Assert.Equal(new[] { "district", "development-zone" }, loaded.Dataset("districts")!.Definition!.Field("kind")!.Constraints.Enum.ToArray());
    }

    [Fact]
    public void Record_files_are_listed_by_name_without_the_definition_file()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/b.yml", "id: b\n").Write("data/communities/a.yml", "id: a\n").Write("data/communities/notes.txt", "x");
        var (loaded, _, _) = SiteFixture.Load(site);
        Assert.Equal(["a", "b", "zhizhong"], loaded.Dataset("communities")!.Records.Select(r => r.FileId));
    }

    [Fact]
    public void A_record_that_is_not_a_mapping_is_reported_and_left_out()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/communities/a.yml", "just text\n");
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Equal("CIV1009@data/communities/a.yml:1:1", SiteFixture.Codes(diags));
        Assert.DoesNotContain(loaded.Dataset("communities")!.Records, r => r.FileId == "a");
    }

    [Fact]
    public void An_unreadable_field_marks_the_definition_incomplete()
    {
        using var site = SiteFixture.Minimal();
        var text = site.Read("data/communities/_dataset.yml").Replace("type: boolean", "type: bool");
        site.Write("data/communities/_dataset.yml", text);
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Equal("unknown field type 'bool'", Assert.Single(diags).Message);
        Assert.Equal("did you mean 'boolean'? types: array, boolean, date, integer, number, string, year, yearmonth", diags[0].Hint);
        Assert.False(loaded.Dataset("communities")!.Definition!.IsComplete);
    }

    [Fact]
    public void Definition_needs_english_titles_and_reports_bad_keys_in_fields_and_constraints()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/districts/_dataset.yml",
            "title: {zh: 区}\ndescription: {zh: 区, en: D}\nlicence: CC-BY-4.0\nfields:\n" +
            "  - name: id\n    type: string\n    title: {zh: 编号, en: ID}\n    titel: x\n    constraints: {requird: true, pattern: '('}\n");
        var (_, diags, _) = SiteFixture.Load(site);
        Assert.Equal(
            "CIV2101@data/districts/_dataset.yml:1:8 CIV2103@data/districts/_dataset.yml:8:5 " +
            "CIV2103@data/districts/_dataset.yml:9:19 CIV2115@data/districts/_dataset.yml:9:43",
            SiteFixture.Codes(diags));
    }

    [Fact]
    public void A_data_folder_without_definition_is_reported_but_its_records_are_still_read()
    {
        using var site = SiteFixture.Minimal();
        site.Write("data/topics/t.yml", "id: t\n");
        var (loaded, diags, _) = SiteFixture.Load(site);
        Assert.Equal("CIV2117@data/topics/_dataset.yml:1:1", SiteFixture.Codes(diags));
        Assert.Null(loaded.Dataset("topics")!.Definition);
        Assert.Single(loaded.Dataset("topics")!.Records);
    }
}
