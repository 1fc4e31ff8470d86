using Civic.Site.Model;

namespace Civic.Site.Render;

public sealed partial class PageModels
{
    /// <summary>A district or topic page: its stories, the records that point to it, and its figures.</summary>
    public Dictionary<string, object?> TermPage(Dataset dataset, DataRecord record)
    {
        var (title, lang) = Localized(record.Title);
        var stories = _index.Mentioning(dataset.Id, record.Id);
        var groups = _model.RecordsReferring(dataset.Id, record.Id)
            .Where(x => _model.Config.RecordPages.Contains(x.Dataset.Id))
            .GroupBy(x => x.Dataset.Id, StringComparer.Ordinal)
            .Select(g => (object?)new Dictionary<string, object?>
            {
                ["id"] = g.Key,
                ["title"] = T(g.Key, g.First().Dataset.Title.Get(Language)),
                ["items"] = g.Select(x => (object?)RecordCard(x.Dataset, x.Record)).ToList(),
            })
            .ToList();
        var field = dataset.Id == "districts" ? "district" : "topic";
        var listTitle = T(dataset.Id, dataset.Title.Get(Language));
        var subtitle = SubtitleOf(dataset, record, lang);
        var term = new Dictionary<string, object?>
        {
            ["id"] = record.Id,
            ["title"] = title,
            ["lang"] = lang,
            ["subtitle"] = subtitle,
            ["subtitle_lang"] = subtitle is null ? null : lang == Zh ? Language : Zh,
            ["description"] = record.GetString("description"),
            ["description_lang"] = Zh,
            ["list_title"] = listTitle,
            ["list_url"] = _urls.RecordList(Language, dataset.Id),
            ["stories_title"] = T(dataset.Id == "districts" ? "district_stories" : "topic_stories"),
            ["stories"] = stories.Select(StoryCard).ToList<object?>(),
            ["groups"] = groups,
            ["indicators"] = Indicators(r => r.GetString(field) == record.Id).ToList<object?>(),
        };
        var page = Page("term", dataset.Id, title, lang, l => _urls.Record(l, dataset.Id, record.Id),
            crumbs: [(listTitle, _urls.RecordList(Language, dataset.Id))]);
        return Frame(page, new() { ["term"] = term });
    }

    public Dictionary<string, object?> TermList(Dataset dataset)
    {
        var title = T(dataset.Id, dataset.Title.Get(Language));
        var terms = dataset.Records.Select(r =>
        {
            var (text, lang) = Localized(r.Title);
            return (object?)new Dictionary<string, object?>
            {
                ["title"] = text,
                ["lang"] = lang,
                ["url"] = _urls.Record(Language, dataset.Id, r.Id),
                ["count"] = _index.Mentioning(dataset.Id, r.Id).Count,
            };
        }).ToList();
        var page = Page("term-list", dataset.Id, title, null, l => _urls.RecordList(l, dataset.Id), crumbs: []);
        return Frame(page, new() { ["terms"] = terms });
    }

    private List<object?> TermLinks(string dataset, bool withStoriesOnly)
    {
        var dataSet = _model.Dataset(dataset);
        if (dataSet is null)
        {
            return [];
        }

        return dataSet.Records
            .Where(r => !withStoriesOnly || _index.Mentioning(dataset, r.Id).Count > 0)
            .Select(r => (object?)RecordLink(dataset, r.Id))
            .ToList();
    }
}
