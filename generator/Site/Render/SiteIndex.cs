using System.Collections.Concurrent;
using System.Collections.Immutable;
using Civic.Site.Model;

namespace Civic.Site.Render;

/// <summary>
/// Lookups computed once per build and shared by every language: the published stories (drafts only with
/// --drafts), the stories of each record, and each story's related stories (scored when first asked for, on the
/// thread that renders the page, so that serve can show an edited story's page before every story is scored).
/// </summary>
public sealed class SiteIndex
{
    private const int RelatedCount = 3;

    // A topic can hold thousands of stories; scoring only the newest few hundred of each keeps this linear.
    private const int MaxCandidatesPerRecord = 200;

    [ThreadStatic]
    private static RelatedScorer? t_scorer;

    private readonly Dictionary<(string Dataset, string Id), List<Story>> _mentions;
    private readonly Dictionary<(string Dataset, string Id), List<int>> _positions;
    private readonly Dictionary<string, int> _order;
    private readonly ConcurrentDictionary<string, ImmutableArray<Story>> _related;

    public SiteIndex(SiteModel model, bool includeDrafts)
    {
        Stories = [.. model.Stories.Where(s => includeDrafts || !s.Draft)];
        _mentions = [];
        _related = new(StringComparer.Ordinal);
        _order = new(Stories.Length, StringComparer.Ordinal);
        _positions = [];
        for (var i = 0; i < Stories.Length; i++)
        {
            var story = Stories[i];
            _order[story.Slug] = i;
            foreach (var (dataset, ids) in story.Mentions)
            {
                foreach (var id in ids.Distinct())
                {
                    if (!_mentions.TryGetValue((dataset, id), out var list))
                    {
                        _mentions[(dataset, id)] = list = [];
                        _positions[(dataset, id)] = [];
                    }

                    list.Add(story);
                    _positions[(dataset, id)].Add(i);
                }
            }
        }
    }

    private SiteIndex(SiteIndex of, ImmutableArray<Story> stories, Dictionary<(string Dataset, string Id), List<Story>> mentions, ConcurrentDictionary<string, ImmutableArray<Story>> related)
    {
        Stories = stories;
        _mentions = mentions;
        _positions = of._positions;
        _order = of._order;
        _related = related;
    }

    /// <summary>
    /// This index for a model that differs from its own only in the text of some stories (see
    /// <see cref="Serve.StoryEdits"/>): the same lists, with those stories' new objects in them, and nothing scored again.
    /// </summary>
    public SiteIndex Rebind(SiteModel model, bool includeDrafts)
    {
        ImmutableArray<Story> stories = [.. model.Stories.Where(s => includeDrafts || !s.Draft)];
        if (stories.Length != Stories.Length)
        {
            throw new InvalidOperationException("a rebound index must keep its stories");
        }

        var replaced = new Dictionary<Story, Story>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < stories.Length; i++)
        {
            if (!ReferenceEquals(stories[i], Stories[i]))
            {
                replaced[Stories[i]] = stories[i];
            }
        }

        // Related stories not scored yet are scored by the new index, from its own stories.
        Story Swap(Story story) => replaced.TryGetValue(story, out var now) ? now : story;
        bool Touched(IEnumerable<Story> list) => list.Any(replaced.ContainsKey);
        var mentions = replaced.Count == 0 ? _mentions : _mentions.ToDictionary(p => p.Key, p => Touched(p.Value) ? p.Value.Select(Swap).ToList() : p.Value);
        var related = new ConcurrentDictionary<string, ImmutableArray<Story>>(
            _related.Select(p => KeyValuePair.Create(p.Key, Touched(p.Value) ? [.. p.Value.Select(Swap)] : p.Value)), StringComparer.Ordinal);
        return new SiteIndex(this, stories, mentions, related);
    }

    /// <summary>Published stories, newest first.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>Published stories that mention a record (or have it as district/topic), newest first.</summary>
    public IReadOnlyList<Story> Mentioning(string dataset, string id) =>
        _mentions.TryGetValue((dataset, id), out var list) ? list : [];

    public ImmutableArray<Story> Related(string slug) =>
        _related.TryGetValue(slug, out var related) ? related
        : _order.TryGetValue(slug, out var position) ? _related.GetOrAdd(slug, FindRelated(position))
        : [];

    /// <summary>
    /// Stories sharing the most records with this one; a shared community, station or programme weighs more than a
    /// shared topic or district. Ties go to the newer story, so the choice is stable.
    /// </summary>
    private ImmutableArray<Story> FindRelated(int story)
    {
        // One scorer per thread, reused for every story of an index of this size.
        var scorer = t_scorer is { } mine && mine.StoryCount == Stories.Length ? mine : t_scorer = new RelatedScorer(Stories.Length);
        foreach (var (dataset, ids) in Stories[story].Mentions)
        {
            if (dataset == "sources")
            {
                continue;
            }

            var weight = dataset is "topics" or "districts" ? 1 : 3;
            foreach (var id in ids.Distinct())
            {
                var others = _positions[(dataset, id)];
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
