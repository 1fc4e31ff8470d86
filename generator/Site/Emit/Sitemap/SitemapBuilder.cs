using Civic.Site.Emit.OpenData;
using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Emit.Sitemap;

/// <summary>
/// The sitemap entries of the rendered pages (every page except 404), with <c>lastmod</c> taken from content dates,
/// never the build time: a story's date; a record's latest date, counting the articles it cites and the stories that
/// mention it; a dataset's last-modified date for its list and landing pages; the newest date on the site for the
/// home page, story lists and the catalogue; none for standalone pages, which carry no date. A date known only to
/// the month or year is written as its first day, since the sitemap schema needs a full date.
/// </summary>
public static class SitemapBuilder
{
    /// <summary>Entries sorted by URL.</summary>
    public static IReadOnlyList<SitemapEntry> Entries(SiteModel model, IReadOnlyList<Story> stories, IReadOnlyList<RenderedPage> pages, SiteUrls urls)
    {
        var storyDates = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        foreach (var s in stories)
        {
            storyDates[s.SourcePath] = s.Date;
            if (s.English is { } en)
            {
                storyDates[en.SourcePath] = s.Date;
            }
        }

        var datasetDates = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        var recordDates = new Dictionary<string, PartialDate>(StringComparer.Ordinal);
        // The newest story that mentions each record; one pass, since a large site has tens of thousands of mentions.
        var mentions = new Dictionary<(string Dataset, string Id), PartialDate>();
        foreach (var story in stories)
        {
            foreach (var (dataset, ids) in story.Mentions)
            {
                foreach (var id in ids)
                {
                    if (!mentions.TryGetValue((dataset, id), out var latest) || Comparer<PartialDate>.Default.Compare(story.Date, latest) > 0)
                    {
                        mentions[(dataset, id)] = story.Date;
                    }
                }
            }
        }
        foreach (var dataset in model.Datasets)
        {
            var facts = DatasetFacts.Of(model, dataset);
            if (facts.Modified is { } m)
            {
                datasetDates[dataset.SourcePath] = m;
            }

            var sourceFields = dataset.Fields.Where(f => f.Reference == DatasetFacts.SourcesDataset).ToList();
            foreach (var record in dataset.Records)
            {
                var dates = DatasetFacts.DatesOf(record).ToList();
                foreach (var field in sourceFields)
                {
                    dates.AddRange(record.GetIds(field.Name).Select(id => model.FindRecord(DatasetFacts.SourcesDataset, id)).OfType<DataRecord>().SelectMany(DatasetFacts.DatesOf));
                }

                if (mentions.TryGetValue((dataset.Id, record.Id), out var mentioned))
                {
                    dates.Add(mentioned);
                }

                if (dates.Count > 0)
                {
                    recordDates[record.SourcePath] = dates.Max();
                }
            }
        }

        var all = storyDates.Values.Concat(datasetDates.Values).ToList();
        PartialDate? newest = all.Count > 0 ? all.Max() : null;
        var entries = new List<SitemapEntry>();
        foreach (var page in pages.Where(p => p.Kind != "404"))
        {
            PartialDate? date = page.Kind switch
            {
                "story" => Lookup(storyDates, page.SourcePath),
                "record" or "term" => Lookup(recordDates, page.SourcePath),
                "record-list" or "term-list" or "dataset" => Lookup(datasetDates, page.SourcePath),
                "page" => null,
                _ => newest,
            };
            entries.Add(new SitemapEntry(urls.Absolute(page.Url), date?.Start));
        }

        return [.. entries.DistinctBy(e => e.Url).OrderBy(e => e.Url, StringComparer.Ordinal)];
    }

    private static PartialDate? Lookup(Dictionary<string, PartialDate> dates, string path) =>
        dates.TryGetValue(path, out var d) ? d : null;
}
