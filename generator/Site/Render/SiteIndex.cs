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
        foreach (var story in Stories)
        {
            foreach (var (dataset, ids) in story.Mentions)
            {
                foreach (var id in ids.Distinct())
                {
                    if (!_mentions.TryGetValue((dataset, id), out var list))
                    {
                        _mentions[(dataset, id)] = list = [];
                    }

                    list.Add(story);
                }
            }
        }

        var order = Stories.Select((s, i) => (s.Slug, i)).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal);
        foreach (var story in Stories)
        {
            _related[story.Slug] = FindRelated(story, order);
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
    private ImmutableArray<Story> FindRelated(Story story, Dictionary<string, int> order)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (dataset, ids) in story.Mentions)
        {
            if (dataset == "sources")
            {
                continue;
            }

            var weight = dataset is "topics" or "districts" ? 1 : 3;
            foreach (var id in ids.Distinct())
            {
                foreach (var other in Mentioning(dataset, id).Take(MaxCandidatesPerRecord))
                {
                    if (other.Slug != story.Slug)
                    {
                        scores[other.Slug] = scores.GetValueOrDefault(other.Slug) + weight;
                    }
                }
            }
        }

        return [.. scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => order[s.Key])
            .Take(RelatedCount)
            .Select(s => Stories[order[s.Key]])];
    }
}
