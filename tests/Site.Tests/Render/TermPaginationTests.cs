using System.Text.RegularExpressions;
using Civic.Site.Diagnostics;
using Civic.Site.Emit.Search;
using Civic.Site.Model;
using Civic.Site.Render;
using Civic.TestKit;

namespace Civic.Site.Tests.Render;

/// <summary>District and topic pages list their stories a page at a time, like the story list.</summary>
public sealed class TermPaginationTests
{
    private const int PerPage = 2;

    [Fact]
    public void A_topic_lists_every_story_once_across_its_pages_in_both_languages()
    {
        using var site = SmallPages();
        var (model, topic, stories) = BusiestTopic(site.Root);
        var pageCount = (stories.Count + PerPage - 1) / PerPage;
        Assert.True(pageCount >= 3, $"topic {topic} has only {stories.Count} stories");

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        foreach (var prefix in new[] { "", "en/" })
        {
            var listed = new List<string>();
            for (var n = 1; n <= pageCount; n++)
            {
                var url = "/" + prefix + "topics/" + topic + "/" + (n == 1 ? string.Empty : $"page/{n}/");
                var html = File.ReadAllText(Path.Combine(result.OutputDir, url.TrimStart('/'), "index.html"));
                var cards = CardLinks(html);
                Assert.True(cards.Count == (n < pageCount ? PerPage : stories.Count - (PerPage * (pageCount - 1))), url);
                listed.AddRange(cards);
                Assert.Contains($"<link rel=\"canonical\" href=\"https://civic.example{url}\">", html);
                Assert.Contains($"<span class=\"count\">{stories.Count}</span>", html);
                Assert.Equal(n > 1, html.Contains("rel=\"prev\"", StringComparison.Ordinal));
                Assert.Equal(n < pageCount, html.Contains("rel=\"next\"", StringComparison.Ordinal));
                Assert.Equal(n == 1, html.Contains("id=\"term-figures\"", StringComparison.Ordinal) || !HasFigures(model, topic));
                Assert.Contains(n == 1 ? "<body class=\"page-term\">" : "<body class=\"page-term-page\">", html);
            }

            Assert.Equal(stories.Select(s => "/" + prefix + "stories/" + s.Slug + "/"), listed);
            Assert.False(Directory.Exists(Path.Combine(result.OutputDir, prefix + "topics", topic, "page", (pageCount + 1).ToString())));
            Assert.False(Directory.Exists(Path.Combine(result.OutputDir, prefix + "topics", topic, "page", "1")));
        }

        var sitemap = File.ReadAllText(Path.Combine(result.OutputDir, "sitemap.xml"));
        Assert.Contains($"<loc>https://civic.example/topics/{topic}/page/{pageCount}/</loc>", sitemap);
        Assert.Contains($"<loc>https://civic.example/en/topics/{topic}/page/2/</loc>", sitemap);
    }

    [Fact]
    public void Later_pages_of_a_term_have_their_own_kind_and_stay_out_of_the_search_index()
    {
        using var site = SmallPages();
        var (model, topic, _) = BusiestTopic(site.Root);
        var jobs = Plan(model);

        var first = Assert.Single(jobs, j => j.Url == $"/topics/{topic}/");
        var second = Assert.Single(jobs, j => j.Url == $"/topics/{topic}/page/2/");
        Assert.Equal("term", first.Kind);
        Assert.Equal("term-page", second.Kind);
        Assert.All(jobs.Where(j => j.Url.Contains("/page/", StringComparison.Ordinal) && !j.Url.Contains("stories/", StringComparison.Ordinal)),
            j => Assert.Equal("term-page", j.Kind));

        var pages = jobs.Select(j => new RenderedPage(j.Kind, j.Language, j.Url, j.OutputPath, j.SourcePath) { Text = "<html><head><title>t</title></head><body><main>text</main></body></html>".AsMemory() }).ToList();
        var documents = SearchIndexEmitter.Documents(model, pages, new SiteUrls(model.Config.BaseUrl, model.Config.Languages));
        Assert.Contains(documents, d => d.Url == $"topics/{topic}/");
        Assert.DoesNotContain(documents, d => d.Url.Contains("/page/", StringComparison.Ordinal));
    }

    private static TempSite SmallPages()
    {
        var site = BundledSite.Copy();
        var config = site.Read("site.yml");
        Assert.Contains("stories_per_page: 10", config);
        return site.Write("site.yml", config.Replace("stories_per_page: 10", $"stories_per_page: {PerPage}\nterm_stories_per_page: {PerPage}", StringComparison.Ordinal));
    }

    /// <summary>The links of the story cards of a page, in order (record cards left out).</summary>
    internal static List<string> CardLinks(string html) =>
        [.. Regex.Matches(html, "<h[23] class=\"card-title\"><a href=\"([^\"]+/stories/[^\"]+|/stories/[^\"]+)\"").Select(m => m.Groups[1].Value)];

    internal static IReadOnlyList<PageJob> Plan(SiteModel model)
    {
        var urls = new SiteUrls(model.Config.BaseUrl, model.Config.Languages);
        var diagnostics = new DiagnosticBag();
        var theme = ThemeFiles.Load(model.RootPath, model.Config.Theme, urls.Languages, diagnostics);
        var settings = new RenderSettings(urls.BaseUrl, false, ["search", "sitemap"]);
        return PagePlanner.Plan(model, new SiteIndex(model, false), urls, theme, settings, new MarkdownCache());
    }

    private static (SiteModel Model, string Topic, IReadOnlyList<Story> Stories) BusiestTopic(string root)
    {
        var model = SiteModelBuilder.Load(root).Model!;
        var index = new SiteIndex(model, false);
        var topic = model.Dataset("topics")!.Records.MaxBy(r => index.Mentioning("topics", r.Id).Count)!;
        return (model, topic.Id, index.Mentioning("topics", topic.Id));
    }

    private static bool HasFigures(SiteModel model, string topic) =>
        model.Dataset("indicators")?.Records.Any(r => r.GetString("topic") == topic) == true;
}
