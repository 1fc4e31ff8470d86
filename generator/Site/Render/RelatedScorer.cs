namespace Civic.Site.Render;

/// <summary>
/// Sums the scores of candidate stories by their position in the story list, and hands back the best few. One array
/// is reused for every story, so scoring 10,000 stories neither hashes slugs nor sorts every candidate.
/// </summary>
internal sealed class RelatedScorer(int storyCount)
{
    private readonly int[] _scores = new int[storyCount];

    public int StoryCount => _scores.Length;
    private readonly List<int> _touched = [];

    public void Add(int story, int weight)
    {
        if (_scores[story] == 0)
        {
            _touched.Add(story);
        }

        _scores[story] += weight;
    }

    /// <summary>The <paramref name="count"/> highest scores, highest first, the earlier (newer) story first on a tie; then clears.</summary>
    public List<int> TakeBest(int count)
    {
        var best = new List<int>(count + 1);
        foreach (var story in _touched)
        {
            var at = best.Count;
            while (at > 0 && Better(story, best[at - 1]))
            {
                at--;
            }

            if (at < count)
            {
                best.Insert(at, story);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        foreach (var story in _touched)
        {
            _scores[story] = 0;
        }

        _touched.Clear();
        return best;
    }

    private bool Better(int a, int b) => _scores[a] > _scores[b] || (_scores[a] == _scores[b] && a < b);
}
