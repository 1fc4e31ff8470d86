using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Bench;

/// <summary>A story page as a host passes it: C# records read through snake_case reflection.</summary>
internal sealed record StoryModel(
    string Title,
    DateTime Date,
    string District,
    string Summary,
    HtmlString Content,
    IReadOnlyList<RelatedLink> Related,
    IReadOnlyList<string> Topics)
{
    public static StoryModel Create()
    {
        var related = Enumerable.Range(1, 20)
            .Select(static i => new RelatedLink($"/stations/station-{i}/", $"户外工作者驿站 第{i}号 <示例> & 服务点", i % 2 == 0 ? "station" : "community"))
            .ToList();
        return new StoryModel(
            "社区议事会让老旧小区加装电梯落地",
            new DateTime(2024, 5, 17),
            "jiang'an",
            "居民、物业与社区三方在议事会上协商，用三个月时间解决了加装电梯的出资和低层住户补偿问题，为全市提供了可复制的做法。",
            new HtmlString("<p>正文段落一。</p><p>正文段落二。</p>"),
            related,
            new[] { "议事协商", "加装电梯", "老旧小区" });
    }
}

/// <summary>One related record.</summary>
internal sealed record RelatedLink(string Url, string Title, string Kind);
