using Civic.Site.Emit.Search;

namespace Civic.Site.Tests.Emit.Search;

/// <summary>A dozen short pages written for the tests, covering stations, stories, programmes and facets.</summary>
internal static class SearchFixtureCorpus
{
    public static readonly SearchFacetValue Jiangxia = new("jiangxia", "江夏区", "Jiangxia");
    public static readonly SearchFacetValue Wuchang = new("wuchang", "武昌区", "Wuchang");
    public static readonly SearchFacetValue Hongshan = new("hongshan", "洪山区", "Hongshan");
    public static readonly SearchFacetValue OutdoorWorkers = new("outdoor-workers", "户外劳动者", "Outdoor workers");
    public static readonly SearchFacetValue Elevators = new("elevators", "加装电梯", "Lift retrofits");
    public static readonly SearchFacetValue Parking = new("parking", "停车", "Parking");
    public static readonly SearchFacetValue Volunteers = new("volunteers", "志愿服务", "Volunteering");

    public static IReadOnlyList<SearchDocument> Documents { get; } =
    [
        Doc("stations/zhizhong-station/", SearchDocumentType.Station, "职中社区户外工作者驿站",
            "驿站设在物业用房里，有冰箱、微波炉和饮水机，外卖骑手和环卫工人可以歇脚。", Jiangxia, [OutdoorWorkers], "2024"),
        Doc("stations/jianghanlu-rider-station/", SearchDocumentType.Station, "江汉路骑手驿站",
            "骑手驿站提供充电、饮水和午休的地方。", Wuchang, [OutdoorWorkers], "2023-05"),
        Doc("stations/shuiguohu-service-station/", SearchDocumentType.Station, "水果湖党群服务站",
            "党群服务站也是户外工作者的歇脚点，志愿者轮流值守。", Wuchang, [OutdoorWorkers, Volunteers], "2022"),
        Doc("stories/rider-lunch/", SearchDocumentType.Story, "一位外卖骑手的午休",
            "中午，骑手们来到社区里的驿站，吃饭、充电、休息。社区还为骑手办了一场座谈会。", Jiangxia, [OutdoorWorkers], "2024-07-15"),
        Doc("stories/elevator-retrofit/", SearchDocumentType.Story, "老旧小区加装电梯的一年",
            "居民议事会反复商量，加装电梯的方案终于通过。低楼层住户也同意了。", Hongshan, [Elevators], "2024-03-02"),
        Doc("stories/elevator-more/", SearchDocumentType.Story, "又有三栋楼装上了电梯",
            "今年小区里增设电梯三部，社区跑前跑后协调。电梯运行平稳。", Hongshan, [Elevators], "2025-01-10"),
        Doc("stories/night-parking/", SearchDocumentType.Story, "夜间共享停车缓解停车难",
            "附近单位晚上开放车位，居民夜间共享停车，早上把车开走。", Wuchang, [Parking], "2023-11-20"),
        Doc("stories/parking-spaces/", SearchDocumentType.Story, "划出一百个停车位",
            "社区把闲置空地改成停车位，停车难有了缓解。", Jiangxia, [Parking], "2022-06-01"),
        Doc("programmes/volunteer-team/", SearchDocumentType.Programme, "社区志愿服务队",
            "志愿服务队每周为老人上门服务，也在驿站做志愿者。", Wuchang, [Volunteers], "2021"),
        Doc("programmes/social-work/", SearchDocumentType.Programme, "社会工作服务项目",
            "社工站为居民提供服务，站点设在社区中心。", Hongshan, [Volunteers], "2022"),
        Doc("communities/zhizhong/", SearchDocumentType.Community, "职中社区",
            "职中社区常住人口15546人，有社会组织15家。社区有一个户外工作者驿站。", Jiangxia, [OutdoorWorkers], null),
        Doc("pages/about/", SearchDocumentType.Page, "关于本站",
            "本站收录武汉基层治理的故事与数据，欢迎通过12345热线反映问题。", null, [], null),
    ];

    private static SearchDocument Doc(
        string url, SearchDocumentType type, string title, string text, SearchFacetValue? district,
        IReadOnlyList<SearchFacetValue> topics, string? date) =>
        new(url, "zh-Hans", type, title, text, district, topics, date);
}
