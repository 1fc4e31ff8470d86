using System.Collections.Immutable;
using Civic.Site.Model;

namespace Civic.Site.Tests.Model;

public sealed class SiteModelTests
{
    private static readonly LocalizedText T = new("标题", "Title");

    private static Dataset MakeDataset(string id, params DataRecord[] records) => new(
        id, T, T, "CC-BY-4.0", "1.0.0", "id", "name", null,
        [new FieldSchema("id", FieldType.String, T, null, null, null, null, FieldConstraints.None),
         new FieldSchema("community", FieldType.String, T, null, null, null, "communities", FieldConstraints.None)],
        records, $"data/{id}/_dataset.yml");

    private static DataRecord Rec(string ds, string id, params (string K, object V)[] values) =>
        new(ds, id, new LocalizedText(id, null), values.ToImmutableDictionary(v => v.K, v => v.V), $"data/{ds}/{id}.yml");

    private static Story MakeStory(string slug, PartialDate date, params (string Ds, string[] Ids)[] mentions) =>
        new(slug, slug, date, "s", mentions.ToImmutableDictionary(m => m.Ds, m => m.Ids.ToImmutableArray()),
            false, false, "body", $"content/stories/{slug}.md", 3, null);

    private static SiteModel MakeModel() => new(
        "/site",
        new SiteConfig(T, null, "https://x/", ["zh-Hans", "en"], null, new Licence("CC-BY-4.0", "CC BY", null), "default", "_site", [], 10),
        [MakeDataset("stations", Rec("stations", "s1", ("community", "c1"))),
         MakeDataset("communities", Rec("communities", "c2"), Rec("communities", "c1"))],
        [MakeStory("old", PartialDate.OfMonth(2023, 5), ("communities", ["c1"])),
         MakeStory("new", PartialDate.OfDay(2024, 1, 2), ("communities", ["c1", "c1"]), ("districts", ["jiangxia"]))],
        []);

    [Fact]
    public void Datasets_and_records_are_sorted_and_found_by_id()
    {
        var m = MakeModel();
        Assert.Equal(["communities", "stations"], m.Datasets.Select(d => d.Id));
        Assert.Equal(["c1", "c2"], m.Dataset("communities")!.Records.Select(r => r.Id));
        Assert.Equal("c2", m.FindRecord("communities", "c2")!.Id);
        Assert.Null(m.FindRecord("communities", "nope"));
        Assert.Null(m.Dataset("nope"));
    }

    [Fact]
    public void Stories_are_newest_first_and_mentions_are_looked_up_once_per_story()
    {
        var m = MakeModel();
        Assert.Equal(["new", "old"], m.Stories.Select(s => s.Slug));
        Assert.Equal(["new", "old"], m.StoriesMentioning("communities", "c1").Select(s => s.Slug));
        Assert.Empty(m.StoriesMentioning("communities", "c2"));
        Assert.Equal("jiangxia", m.Story("new")!.District);
        Assert.Null(m.Story("old")!.District);
    }

    [Fact]
    public void Records_referring_to_a_record_are_found_through_reference_fields()
    {
        var m = MakeModel();
        var refs = m.RecordsReferring("communities", "c1").ToList();
        Assert.Single(refs);
        Assert.Equal(("stations", "s1"), (refs[0].Dataset.Id, refs[0].Record.Id));
    }

    [Fact]
    public void Record_accessors_return_typed_values_and_empty_lists_for_absent_fields()
    {
        var r = Rec("x", "a", ("name", "名"), ("tags", ImmutableArray.Create("t1")), ("n", 5L));
        Assert.Equal("名", r.GetString("name"));
        Assert.Equal(new[] { "t1" }, r.GetList("tags").ToArray());
        Assert.Empty(r.GetList("missing"));
        Assert.Equal(new[] { "名" }, r.GetIds("name").ToArray());
        Assert.Equal(5L, r.Get("n"));
    }

    [Fact]
    public void Localized_text_falls_back_to_chinese()
    {
        Assert.Equal("Title", T.Get("en"));
        Assert.Equal("标题", T.Get("zh-Hans"));
        Assert.Equal("中", new LocalizedText("中", null).Get("en"));
    }
}
