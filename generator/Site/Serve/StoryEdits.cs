using Civic.Site.Model;

namespace Civic.Site.Serve;

/// <summary>
/// Tells whether a model differs from the last one built only in what some stories display — their titles, summaries,
/// bodies and translations' texts — and not in anything that decides which pages exist or what they list: the
/// stories' set and order, dates, drafts, featuring, mentions (districts, topics, records, sources), translations
/// present or not, datasets, records and content pages. Such an edit reaches only the pages that show those stories.
/// </summary>
public static class StoryEdits
{
    /// <summary>
    /// The slugs of the stories whose displayed text changed, or null when anything else may have changed. Stories
    /// come from the load cache, so a story whose file did not change is the very same object.
    /// </summary>
    /// <param name="before">The model of the last build of which every page was rendered or reused.</param>
    /// <param name="after">The model being built; its data/ and site.yml must be those of <paramref name="before"/>.</param>
    public static IReadOnlySet<string>? Between(SiteModel before, SiteModel after)
    {
        if (!SameAllButStories(before, after) || before.Stories.Length != after.Stories.Length)
        {
            return null;
        }

        var changed = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < after.Stories.Length; i++)
        {
            var (old, now) = (before.Stories[i], after.Stories[i]);
            if (ReferenceEquals(old, now))
            {
                continue;
            }

            if (!SameShape(old, now))
            {
                return null;
            }

            changed.Add(now.Slug);
        }

        return changed;
    }

    /// <summary>
    /// The slugs of the stories added or changed in any way, when nothing but story files changed (datasets, records
    /// and content pages are those of <paramref name="before"/>); else null. Their own pages can be made from the new
    /// model at once, whatever else of the site they change.
    /// </summary>
    public static IReadOnlySet<string>? Touched(SiteModel before, SiteModel after)
    {
        if (!SameAllButStories(before, after))
        {
            return null;
        }

        var old = before.Stories.ToHashSet(ReferenceEqualityComparer.Instance);
        return after.Stories.Where(s => !old.Contains(s)).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameShape(Story a, Story b) =>
        a.Slug == b.Slug
        && a.Date == b.Date
        && a.Featured == b.Featured
        && a.Draft == b.Draft
        && a.SourcePath == b.SourcePath
        && (a.English is null) == (b.English is null)
        && a.English?.SourcePath == b.English?.SourcePath
        && SameMentions(a, b);

    private static bool SameMentions(Story a, Story b) =>
        a.Mentions.Count == b.Mentions.Count
        && a.Mentions.All(m => b.Mentions.TryGetValue(m.Key, out var ids) && ids.AsSpan().SequenceEqual(m.Value.AsSpan()));

    // Records come from the load cache too: an unchanged record file gives the very same object.
    private static bool SameRecords(Dataset a, Dataset b) =>
        a.Records.AsSpan().SequenceEqual(b.Records.AsSpan(), ReferenceEqualityComparer.Instance);

    private static bool SameAllButStories(SiteModel before, SiteModel after) =>
        SameDatasets(before, after) && before.Pages.SequenceEqual(after.Pages);

    private static bool SameDatasets(SiteModel before, SiteModel after) =>
        before.Datasets.Length == after.Datasets.Length
        && before.Datasets.Zip(after.Datasets).All(p => p.First.Id == p.Second.Id && SameRecords(p.First, p.Second));
}
