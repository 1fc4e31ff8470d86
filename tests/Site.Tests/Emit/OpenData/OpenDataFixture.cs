using System.Collections.Immutable;
using Civic.Site.Model;

namespace Civic.Site.Tests.Emit.OpenData;

/// <summary>
/// A small site model for the open-data, feed and sitemap tests: reference lists, a dataset with every field type,
/// cells that a spreadsheet would read as formulas, commas, quotes, line breaks, missing values and a negative
/// number, and stories (one a draft) with topics and districts.
/// </summary>
public static class OpenDataFixture
{
    public const string BaseUrl = "https://civic.example/";

    public static SiteModel Model()
    {
        var config = new SiteConfig(
            new LocalizedText("武汉基层治理故事与数据", "Wuhan Grassroots Governance Stories and Data"),
            new LocalizedText("测试站点的说明。", "About the test site."),
            BaseUrl,
            ["zh-Hans", "en"],
            new LocalizedText("Civic 开放数据编辑组", "Civic open data editors"),
            new Licence("CC-BY-4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/"),
            "default",
            "_site",
            ["communities"],
            10);
        return new SiteModel("/fixture", config, [Sources(), Districts(), Topics(), Communities()], Stories(), []);
    }

    public static Dataset Sources() => new(
        "sources",
        new LocalizedText("来源报道", "Source articles"),
        new LocalizedText("全部数据所依据的报道。", "The articles behind every figure."),
        "CC-BY-4.0",
        "1.0.0",
        "id",
        "headline",
        null,
        [
            Field("id", FieldType.String, "编号", "ID", required: true, unique: true),
            Field("headline", FieldType.String, "标题", "Headline", required: true),
            Field("publisher", FieldType.String, "刊发媒体", "Publisher"),
            Field("date", FieldType.Date, "刊发日期", "Publication date", format: "partial"),
        ],
        [
            Record("sources", "src-a", ("headline", "一篇关于社区的报道"), ("headline_en", "A report on a community"), ("publisher", "长江日报"), ("date", PartialDate.OfDay(2024, 7, 15))),
            Record("sources", "src-b", ("headline", "另一篇报道，含“引号”"), ("date", PartialDate.OfYear(2025))),
        ],
        "data/sources/_dataset.yml");

    public static Dataset Districts() => new(
        "districts",
        new LocalizedText("行政区", "Districts"),
        new LocalizedText("武汉市各区。", "Wuhan's districts."),
        "CC-BY-4.0",
        "1.0.0",
        "id",
        "name",
        "name_en",
        [
            Field("id", FieldType.String, "编号", "ID", required: true, unique: true),
            Field("name", FieldType.String, "名称", "Name", required: true),
            Field("name_en", FieldType.String, "英文名称", "English name"),
        ],
        [
            Record("districts", "jiangxia", ("name", "江夏区"), ("name_en", "Jiangxia")),
            Record("districts", "wuchang", ("name", "武昌区"), ("name_en", "Wuchang")),
        ],
        "data/districts/_dataset.yml");

    public static Dataset Topics() => new(
        "topics",
        new LocalizedText("主题", "Topics"),
        new LocalizedText("故事的主题。", "Story topics."),
        "CC-BY-4.0",
        "1.0.0",
        "id",
        "name",
        null,
        [
            Field("id", FieldType.String, "编号", "ID", required: true, unique: true),
            Field("name", FieldType.String, "名称", "Name", required: true),
        ],
        [
            Record("topics", "outdoor-workers", ("name", "户外工作者")),
            Record("topics", "volunteers", ("name", "志愿服务")),
        ],
        "data/topics/_dataset.yml");

    /// <summary>Every field type, plus the awkward cells.</summary>
    public static Dataset Communities() => new(
        "communities",
        new LocalizedText("社区", "Communities"),
        new LocalizedText("报道中提到的社区。", "Communities named in the reports."),
        "CC-BY-4.0",
        "1.2.0",
        "id",
        "name",
        null,
        [
            Field("id", FieldType.String, "编号", "ID", required: true, unique: true, pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"),
            Field("name", FieldType.String, "名称", "Name", required: true),
            Field("district", FieldType.String, "所在区", "District", reference: "districts"),
            Field("residents", FieldType.Integer, "常住人口", "Residents", unit: ("人", "people"), minimum: 0),
            Field("change", FieldType.Number, "变化", "Change"),
            Field("active", FieldType.Boolean, "是否在运行", "Active"),
            Field("founded", FieldType.Date, "成立时间", "Founded", format: "partial"),
            Field("summary", FieldType.String, "简介", "Summary"),
            Field("topics", FieldType.Array, "主题", "Topics", reference: "topics"),
            Field("sources", FieldType.Array, "来源", "Sources", reference: "sources", required: true),
        ],
        [
            Record("communities", "zhizhong",
                ("name", "职中社区"), ("district", "jiangxia"), ("residents", 15546L), ("change", -3m), ("active", true),
                ("founded", PartialDate.OfMonth(2019, 5)), ("summary", "物业用房改成驿站，提供热水、充电"),
                ("topics", ImmutableArray.Create("outdoor-workers", "volunteers")), ("sources", ImmutableArray.Create("src-a"))),
            Record("communities", "formula",
                ("name", "=SUM(A1:A2)"), ("district", "wuchang"), ("change", 1.50m), ("active", false),
                ("summary", "-3 是文字，不是数字"), ("sources", ImmutableArray.Create("src-a", "src-b"))),
            Record("communities", "quotes",
                ("name", "@某\"引号\"社区"), ("summary", "第一行\n第二行,含逗号"), ("founded", PartialDate.OfDay(2024, 1, 2)),
                ("sources", ImmutableArray.Create("src-b"))),
            Record("communities", "plus", ("name", "+86 热线社区"), ("residents", 0L), ("sources", ImmutableArray.Create("src-b"))),
        ],
        "data/communities/_dataset.yml");

    public static IEnumerable<Story> Stories()
    {
        yield return Story("station-story", "一间物业用房变成了户外工作者的歇脚处", PartialDate.OfDay(2024, 7, 15), "jiangxia", ["outdoor-workers"], draft: false,
            "正文第一段，提到 <script>alert(1)</script> 也只是文字。\n\n## 小标题\n\n第二段。");
        yield return Story("volunteer-story", "志愿者的一天", PartialDate.OfMonth(2025, 3), "wuchang", ["volunteers", "outdoor-workers"], draft: false, "志愿者正文。");
        yield return Story("draft-story", "草稿", PartialDate.OfDay(2025, 6, 1), "wuchang", ["volunteers"], draft: true, "草稿正文。");
    }

    private static Story Story(string slug, string title, PartialDate date, string district, string[] topics, bool draft, string body) => new(
        slug,
        title,
        date,
        title + "的导语。",
        ImmutableDictionary<string, ImmutableArray<string>>.Empty
            .Add("districts", [district])
            .Add("topics", [.. topics])
            .Add("communities", ["zhizhong"])
            .Add("sources", ["src-a"]),
        Featured: false,
        Draft: draft,
        body,
        $"content/stories/{slug}.md",
        5,
        null);

    private static FieldSchema Field(
        string name,
        FieldType type,
        string zh,
        string en,
        bool required = false,
        bool unique = false,
        string? pattern = null,
        string? reference = null,
        string? format = null,
        (string Zh, string En)? unit = null,
        decimal? minimum = null) => new(
        name,
        type,
        new LocalizedText(zh, en),
        null,
        unit is { } u ? new LocalizedText(u.Zh, u.En) : null,
        format,
        reference,
        new FieldConstraints(required, unique, minimum, null, null, null, pattern, []));

    private static DataRecord Record(string dataset, string id, params (string Key, object Value)[] values)
    {
        var all = values.Prepend(("id", (object)id)).ToImmutableDictionary(v => v.Item1, v => v.Item2, StringComparer.Ordinal);
        var title = all.TryGetValue("name", out var n) ? (string)n : all.TryGetValue("headline", out var h) ? (string)h : id;
        return new DataRecord(dataset, id, new LocalizedText(title, null), all, $"data/{dataset}/{id}.yml");
    }
}
