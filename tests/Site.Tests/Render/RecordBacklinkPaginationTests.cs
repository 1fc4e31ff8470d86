using System.Globalization;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Tests.Render;

/// <summary>A community named in more stories than one page holds lists them on later pages, its fields only on the first.</summary>
public sealed class RecordBacklinkPaginationTests
{
    [Fact]
    public void A_community_named_in_many_stories_continues_its_back_links_on_a_second_page()
    {
        using var site = BundledSite.Copy();
        for (var i = 0; i < 60; i++)
        {
            var date = new DateOnly(2020, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            site.Write($"content/stories/backlink-{i:00}.md",
                $"---\ntitle: 春和社区测试故事{i}\ndate: {date}\nsummary: 用来测试反向链接分页的故事。\ndistrict: donghu-gaoxin\n"
                + "topics: [volunteer-service]\ncommunities: [chunhe]\nsources: [src-party-building-2025]\n---\n春和社区的一件小事。\n");
        }

        var model = SiteModelBuilder.Load(site.Root).Model!;
        var stories = new SiteIndex(model, false).Mentioning("communities", "chunhe");
        Assert.InRange(stories.Count, 61, 100);

        var result = BuildPipeline.Run(new BuildOptions(site.Root));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        foreach (var prefix in new[] { "", "en/" })
        {
            var first = File.ReadAllText(Path.Combine(result.OutputDir, prefix + "communities", "chunhe", "index.html"));
            var second = File.ReadAllText(Path.Combine(result.OutputDir, prefix + "communities", "chunhe", "page", "2", "index.html"));
            var firstCards = TermPaginationTests.CardLinks(first);
            var secondCards = TermPaginationTests.CardLinks(second);

            Assert.Equal(50, firstCards.Count);
            Assert.Equal(stories.Select(s => "/" + prefix + "stories/" + s.Slug + "/"), firstCards.Concat(secondCards));
            Assert.Contains("id=\"details-title\"", first);
            Assert.DoesNotContain("id=\"details-title\"", second);
            Assert.Contains($"href=\"/{prefix}communities/chunhe/page/2/\" rel=\"next\"", first);
            Assert.Contains($"href=\"/{prefix}communities/chunhe/\" rel=\"prev\"", second);
            Assert.Contains($"<link rel=\"canonical\" href=\"https://civic.example/{prefix}communities/chunhe/page/2/\">", second);
            Assert.False(Directory.Exists(Path.Combine(result.OutputDir, prefix + "communities", "chunhe", "page", "3")));
        }

        Assert.False(Directory.Exists(Path.Combine(result.OutputDir, "communities", "shenxin", "page")));
        var jobs = TermPaginationTests.Plan(model);
        Assert.Equal("record", Assert.Single(jobs, j => j.Url == "/communities/chunhe/").Kind);
        Assert.Equal("record-page", Assert.Single(jobs, j => j.Url == "/communities/chunhe/page/2/").Kind);
    }
}
