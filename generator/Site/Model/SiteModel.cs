using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>
/// The whole validated content of a site, immutable. Made by <c>SiteModelBuilder</c> only when the content has
/// no errors, so every reference in it resolves. Stories are sorted newest first (then by slug), datasets and
/// pages by id.
/// </summary>
public sealed record SiteModel
{
    private readonly ImmutableDictionary<string, Dataset> _datasets;
    private readonly ImmutableDictionary<string, Story> _stories;
    private readonly ImmutableDictionary<string, ContentPage> _pages;
    private readonly ImmutableDictionary<(string Dataset, string Id), ImmutableArray<Story>> _mentions;

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
        _datasets = Datasets.ToImmutableDictionary(d => d.Id, StringComparer.Ordinal);
        _stories = Stories.ToImmutableDictionary(s => s.Slug, StringComparer.Ordinal);
        _pages = Pages.ToImmutableDictionary(p => p.Slug, StringComparer.Ordinal);
        _mentions = Stories
            .SelectMany(s => s.Mentions.SelectMany(m => m.Value.Distinct().Select(id => (Key: (m.Key, id), Story: s))))
            .GroupBy(x => x.Key)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.Story).ToImmutableArray());
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
    public ImmutableArray<Story> StoriesMentioning(string dataset, string id) =>
        _mentions.TryGetValue((dataset, id), out var s) ? s : [];

    /// <summary>
    /// Records of any dataset whose reference fields point to <paramref name="id"/> in <paramref name="dataset"/>,
    /// e.g. the stations of a community. Pairs of (referring dataset, record), in dataset then id order.
    /// </summary>
    public IEnumerable<(Dataset Dataset, DataRecord Record)> RecordsReferring(string dataset, string id) =>
        from d in Datasets
        from f in d.Fields
        where f.Reference == dataset
        from r in d.Records
        where r.GetIds(f.Name).Contains(id)
        select (d, r);
}
