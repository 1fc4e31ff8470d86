namespace Civic.Templating.Bench;

/// <summary>
/// A list page as the site's theme builds one: host dictionaries, a partial included once per card from an
/// indented line, a comparison and a nested member per card (the shape of district and topic pages).
/// </summary>
internal static class CardListPage
{
    public const int Cards = 200;

    public const string Term = """
        <div class="wrap">
        <header class="page-header">
          <h1{{ if term.lang != site.lang }} lang="{{ term.lang }}"{{ end }}>{{ term.title }}</h1>
        </header>
        <section class="block">
          <h2>{{ term.stories_title }} <span class="count">{{ term.stories.size }}</span></h2>
          {{~ if term.stories.size > 0 }}
          {{~ list = term.stories; card_h = 3 }}
          {{ include 'partials/story-list.sbn' }}
          {{~ end }}
        </section>
        </div>
        """;

    public const string StoryList = """
        {{~ if list.size > 0 ~}}
        <div class="card-list">
        {{~ for card in list }}
        {{ include 'partials/story-card.sbn' }}
        {{~ end }}
        </div>
        {{~ end ~}}
        """;

    public const string StoryCard = """
        <article class="card story-card"{{ if card.lang != site.lang }} lang="{{ card.lang }}"{{ end }}>
          <h{{ card_h }} class="card-title"><a href="{{ card.url }}">{{ card.title }}</a></h{{ card_h }}>
          <p class="card-meta"><time datetime="{{ card.date }}">{{ card.date_display }}</time>{{ if card.district }} · <span{{ if card.district.lang != card.lang }} lang="{{ card.district.lang }}"{{ end }}>{{ card.district.title }}</span>{{ end }}</p>
          <p class="card-summary">{{ card.summary }}</p>
        </article>
        """;

    public static Dictionary<string, string> Partials { get; } = new()
    {
        ["partials/story-list.sbn"] = StoryList,
        ["partials/story-card.sbn"] = StoryCard,
    };

    public static Dictionary<string, object?> Model()
    {
        var stories = new List<object?>();
        for (var i = 0; i < Cards; i++)
        {
            stories.Add(new Dictionary<string, object?>
            {
                ["url"] = $"/stories/story-{i}/",
                ["title"] = $"社区议事会让老旧小区加装电梯落地 第{i}篇",
                ["lang"] = "zh-Hans",
                ["date"] = "2024-05-17",
                ["date_display"] = "2024年5月17日",
                ["summary"] = "居民、物业与社区三方在议事会上协商，用三个月时间解决了加装电梯的出资和低层住户补偿问题。",
                ["district"] = new Dictionary<string, object?> { ["title"] = "江岸区", ["lang"] = "zh-Hans", ["url"] = "/districts/jiang-an/" },
            });
        }

        return new Dictionary<string, object?>
        {
            ["site"] = new Dictionary<string, object?> { ["lang"] = "zh-Hans", ["title"] = "武汉基层治理开放数据" },
            ["term"] = new Dictionary<string, object?>
            {
                ["lang"] = "zh-Hans",
                ["title"] = "江岸区",
                ["stories_title"] = "故事",
                ["stories"] = stories,
            },
        };
    }
}
