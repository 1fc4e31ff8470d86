using System.Collections.Immutable;
using Civic.Site.Model;

namespace Civic.Site.Render;

/// <summary>
/// Lookups computed once per build and shared by every language: the published stories (drafts only with
/// --drafts), the stories of each record, and each story's related stories.
/// </summary>
public sealed class SiteIndex
{
    private const int RelatedCount = 3;

    // A topic can hold thousands of stories; scoring only the newest few hundred of each keeps this linear.
    private const int MaxCandidatesPerRecord = 200;
    private readonly Dictionary<(string Dataset, string Id), List<Story>> _mentions = new();
    private readonly Dictionary<string, ImmutableArray<Story>> _related = new(StringComparer.Ordinal);

    public SiteIndex(SiteModel model, bool includeDrafts)
    {
        Stories = [.. model.Stories.Where(s => includeDrafts || !s.Draft)];
        var positions = new Dictionary<(string Dataset, string Id), List<int>>();
        for (var i = 0; i < Stories.Length; i++)
        {
            var story = Stories[i];
            foreach (var (dataset, ids) in story.Mentions)
            {
                foreach (var id in ids.Distinct())
                {
                    if (!_mentions.TryGetValue((dataset, id), out var list))
                    {
                        _mentions[(dataset, id)] = list = [];
                        positions[(dataset, id)] = [];
                    }

                    list.Add(story);
                    positions[(dataset, id)].Add(i);
                }
            }
        }

        // Each story's related ones depend on nothing but the lists above: scored side by side, one scorer per thread.
        var related = new ImmutableArray<Story>[Stories.Length];
        Parallel.For(
            0,
            Stories.Length,
            () => new RelatedScorer(Stories.Length),
            (i, _, scorer) =>
            {
                related[i] = FindRelated(i, positions, scorer);
                return scorer;
            },
            _ => { });
        for (var i = 0; i < Stories.Length; i++)
        {
            _related[Stories[i].Slug] = related[i];
        }
    }

    /// <summary>Published stories, newest first.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>Published stories that mention a record (or have it as district/topic), newest first.</summary>
    public IReadOnlyList<Story> Mentioning(string dataset, string id) =>
        _mentions.TryGetValue((dataset, id), out var list) ? list : [];

    public ImmutableArray<Story> Related(string slug) => _related.TryGetValue(slug, out var r) ? r : [];

    /// <summary>
    /// Stories sharing the most records with this one; a shared community, station or programme weighs more than a
    /// shared topic or district. Ties go to the newer story, so the choice is stable.
    /// </summary>
    private ImmutableArray<Story> FindRelated(int story, Dictionary<(string Dataset, string Id), List<int>> positions, RelatedScorer scorer)
    {
        foreach (var (dataset, ids) in Stories[story].Mentions)
        {
            if (dataset == "sources")
            {
                continue;
            }

            var weight = dataset is "topics" or "districts" ? 1 : 3;
            foreach (var id in ids.Distinct())
            {
                var others = positions[(dataset, id)];
                for (var k = 0; k < others.Count && k < MaxCandidatesPerRecord; k++)
                {
                    if (others[k] != story)
                    {
                        scorer.Add(others[k], weight);
                    }
                }
            }
        }

        return [.. scorer.TakeBest(RelatedCount).Select(i => Stories[i])];
    }
}
