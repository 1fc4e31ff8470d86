using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>
/// The whole validated content of a site, immutable. Made by <c>SiteModelBuilder</c> only when the content has
/// no errors, so every reference in it resolves. Stories are sorted newest first (then by slug), datasets and
/// pages by id.
/// </summary>
public sealed record SiteModel
{
    private readonly Dictionary<string, Dataset> _datasets;
    private readonly Dictionary<string, Story> _stories;
    private readonly Dictionary<string, ContentPage> _pages;
    private readonly Lazy<Dictionary<string, Dictionary<string, ImmutableArray<Story>>>> _mentions;
    private readonly Lazy<Dictionary<(string Dataset, string Id), List<(Dataset, DataRecord)>>> _referrers;

    /// <summary>Groups of search terms that mean the same (synonyms.yml); empty when the site has none.</summary>
    public ImmutableArray<SynonymGroup> Synonyms { get; init; } = [];

    /// <summary>Makes a model and its lookup tables.</summary>
    public SiteModel(
        string rootPath,
        SiteConfig config,
        IEnumerable<Dataset> datasets,
        IEnumerable<Story> stories,
        IEnumerable<ContentPage> pages)
    {
        RootPath = rootPath;
        Config = config;
        Datasets = [.. datasets.OrderBy(d => d.Id, StringComparer.Ordinal)];
        Stories = [.. stories.OrderByDescending(s => s.Date).ThenBy(s => s.Slug, StringComparer.Ordinal)];
        Pages = [.. pages.OrderBy(p => p.Slug, StringComparer.Ordinal)];
        _datasets = Unique(Datasets, d => d.Id);
        _stories = Unique(Stories, s => s.Slug);
        _pages = Unique(Pages, p => p.Slug);
        var sorted = Stories;
        _mentions = new(() => MentionIndex(sorted));
        var all = Datasets;
        _referrers = new(() => ReferrerIndex(all));
    }

    // Keys are unique in a validated site; a repeated one is a bug and throws.
    private static Dictionary<string, T> Unique<T>(ImmutableArray<T> items, Func<T, string> key)
    {
        var byKey = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items) byKey.Add(key(item), item);
        return byKey;
    }

    // Dataset → id → the stories naming it, in story order, each story once.
    private static Dictionary<string, Dictionary<string, ImmutableArray<Story>>> MentionIndex(ImmutableArray<Story> stories)
    {
        var lists = new Dictionary<string, Dictionary<string, List<Story>>>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var (dataset, ids) in story.Mentions)
            {
                if (!lists.TryGetValue(dataset, out var byId)) lists.Add(dataset, byId = new(StringComparer.Ordinal));
                foreach (var id in ids)
                {
                    if (!byId.TryGetValue(id, out var list)) byId.Add(id, list = []);
                    if (list.Count == 0 || !ReferenceEquals(list[^1], story)) list.Add(story);
                }
            }
        }
        var index = new Dictionary<string, Dictionary<string, ImmutableArray<Story>>>(lists.Count, StringComparer.Ordinal);
        foreach (var (dataset, byId) in lists)
        {
            var frozen = new Dictionary<string, ImmutableArray<Story>>(byId.Count, StringComparer.Ordinal);
            foreach (var (id, list) in byId) frozen.Add(id, [.. list]);
            index.Add(dataset, frozen);
        }
        return index;
    }

    /// <summary>Absolute path of the site root (the folder holding site.yml).</summary>
    public string RootPath { get; }

    /// <summary>The site settings.</summary>
    public SiteConfig Config { get; }

    /// <summary>Every dataset, sorted by id.</summary>
    public ImmutableArray<Dataset> Datasets { get; }

    /// <summary>Every story including drafts, newest first.</summary>
    public ImmutableArray<Story> Stories { get; }

    /// <summary>Every page, sorted by slug.</summary>
    public ImmutableArray<ContentPage> Pages { get; }

    /// <summary>The dataset with this id, or null.</summary>
    public Dataset? Dataset(string id) => _datasets.TryGetValue(id, out var d) ? d : null;

    /// <summary>A record by dataset and id, or null.</summary>
    public DataRecord? FindRecord(string dataset, string id) => Dataset(dataset)?.Find(id);

    /// <summary>The story with this slug, or null.</summary>
    public Story? Story(string slug) => _stories.TryGetValue(slug, out var s) ? s : null;

    /// <summary>The page with this slug, or null.</summary>
    public ContentPage? Page(string slug) => _pages.TryGetValue(slug, out var p) ? p : null;

    /// <summary>Stories (including drafts) that link to a record, newest first.</summary>
    /// <remarks>The index behind it is made on first use: a build reads mentions through its own index.</remarks>
    public ImmutableArray<Story> StoriesMentioning(string dataset, string id) =>
        _mentions.Value.TryGetValue(dataset, out var byId)
        && byId.TryGetValue(id, out var s) ? s : [];

    /// <summary>
    /// Records of any dataset whose reference fields point to <paramref name="id"/> in <paramref name="dataset"/>,
    /// e.g. the stations of a community. Pairs of (referring dataset, record), in dataset then id order.
    /// </summary>
    /// <remarks>The index behind it is made on first use, in one pass over every record: record pages ask for each record.</remarks>
    public IReadOnlyList<(Dataset Dataset, DataRecord Record)> RecordsReferring(string dataset, string id) =>
        _referrers.Value.TryGetValue((dataset, id), out var list) ? list : [];

    // (dataset, id) → the records pointing to it, in the order of referring dataset, field, then record.
    private static Dictionary<(string Dataset, string Id), List<(Dataset, DataRecord)>> ReferrerIndex(ImmutableArray<Dataset> datasets)
    {
        var index = new Dictionary<(string Dataset, string Id), List<(Dataset, DataRecord)>>();
        foreach (var d in datasets)
        {
            foreach (var f in d.Fields)
            {
                if (f.Reference is not { } target)
                {
                    continue;
                }

                foreach (var r in d.Records)
                {
                    foreach (var id in r.GetIds(f.Name).Distinct())
                    {
                        if (!index.TryGetValue((target, id), out var list)) index.Add((target, id), list = []);
                        list.Add((d, r));
                    }
                }
            }
        }

        return index;
    }
}
