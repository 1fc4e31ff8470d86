namespace Civic.Templating.Bench;

/// <summary>The templates and data of a story page, shaped like the site's own.</summary>
internal static class StoryPage
{
    public const string Story = """
        {{~ capture body ~}}
        <article class="story">
          <h1>{{ page.title }}</h1>
          <p class="meta"><time datetime="{{ page.date | date.to_string '%Y-%m-%d' }}">{{ page.date | date.to_string '%Y年%m月%d日' }}</time> · {{ page.district | string.upcase }}</p>
          <p class="summary">{{ page.summary | string.truncate 120 }}</p>
          {{ page.content }}
          <h2>{{ i18n.related }}</h2>
          <ul class="related">
          {{~ for item in page.related ~}}
            <li class="{{ for.even ? "even" : "odd" }}"><a href="{{ site.base_url }}{{ item.url }}">{{ item.title | string.truncate 40 }}</a> <span>{{ item.kind | string.capitalize }}</span></li>
          {{~ end ~}}
          </ul>
          <p class="topics">{{ page.topics | array.join " · " }}</p>
        </article>
        {{~ end ~}}
        {{ include 'layout' }}
        """;

    public const string Layout = """
        <!doctype html>
        <html lang="{{ site.lang }}">
        <head><meta charset="utf-8"><title>{{ page.title }} · {{ site.title }}</title></head>
        <body>
          {{ include 'nav' }}
          <main>{{ body }}</main>
          <footer>{{ site.licence }} · {{ site.publisher }}</footer>
        </body>
        </html>
        """;

    public const string Nav = """
        <nav>{{ for link in site.menu }}<a href="{{ site.base_url }}{{ link.url }}">{{ link.title }}</a>{{ end }}</nav>
        """;

    public static Dictionary<string, string> Partials { get; } = new()
    {
        ["layout"] = Layout,
        ["nav"] = Nav,
    };
}
