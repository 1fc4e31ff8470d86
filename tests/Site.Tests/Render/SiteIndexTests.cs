using Civic.Site.Model;
using Civic.Site.Render;
using Civic.TestKit;

namespace Civic.Site.Tests.Render;

public sealed class SiteIndexTests
{
    private static readonly Lazy<SiteModel> Model = new(() => SiteModelBuilder.Load(RepoPaths.Root).Model!);

    [Fact]
    public void Related_stories_share_the_most_weighted_records_and_ties_go_to_the_newer_story()
    {
        var model = Model.Value;
        var index = new SiteIndex(model, false);

        var withRelated = 0;
        foreach (var story in index.Stories)
        {
            var expected = Reference(index, story);
            Assert.Equal(expected, index.Related(story.Slug).Select(s => s.Slug));
            withRelated += expected.Count > 0 ? 1 : 0;
        }

        Assert.True(withRelated > index.Stories.Length / 2, $"{withRelated} stories have related stories");
    }

    [Fact]
    public void Mentioning_lists_published_stories_newest_first_once_each()
    {
        var index = new SiteIndex(Model.Value, false);
        var stories = index.Mentioning("topics", "volunteer-service");

        Assert.True(stories.Count > 5);
        Assert.Equal(stories.Count, stories.Distinct().Count());
        Assert.All(stories, s => Assert.Contains("volunteer-service", s.Topics));
        var positions = stories.Select(s => index.Stories.IndexOf(s)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Empty(index.Mentioning("topics", "no-such-topic"));
    }

    /// <summary>The rule written out plainly: score every other story, best first, newest first on a tie, three of them.</summary>
    private static List<string> Reference(SiteIndex index, Story story)
    {
        var scored = new List<(int Score, int Position, string Slug)>();
        for (var i = 0; i < index.Stories.Length; i++)
        {
            var other = index.Stories[i];
            if (other.Slug == story.Slug)
            {
                continue;
            }

            var score = 0;
            foreach (var (dataset, ids) in story.Mentions)
            {
                if (dataset != "sources")
                {
                    score += ids.Distinct().Count(id => other.Mentioned(dataset).Contains(id)) * (dataset is "topics" or "districts" ? 1 : 3);
                }
            }

            if (score > 0)
            {
                scored.Add((score, i, other.Slug));
            }
        }

        return [.. scored.OrderByDescending(s => s.Score).ThenBy(s => s.Position).Take(3).Select(s => s.Slug)];
    }
}
