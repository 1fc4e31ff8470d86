using Civic.Site.Model;

namespace Civic.Site.Render;

public sealed partial class PageModels
{
    /// <summary>
    /// Page <paramref name="pageNumber"/> of a district or topic: its stories, a page at a time. The first page also
    /// has the term's figures and the records that point to it; the later ones only the stories.
    /// </summary>
    public Dictionary<string, object?> TermPage(Dataset dataset, DataRecord record, int pageNumber = 1)
    {
        var (title, lang) = Localized(record.Title);
        var all = _index.Mentioning(dataset.Id, record.Id);
        var pageCount = PageCount(all.Count, TermStoriesPerPage);
        var first = pageNumber <= 1;
        var listTitle = T(dataset.Id, dataset.Title.Get(Language));
        var (subtitle, subtitleLang) = first ? SubtitleOf(dataset, record, lang) : (null, null);
        var field = dataset.Id == "districts" ? "district" : "topic";
        var (description, descriptionLang) = first ? LocalizedField(record, "description") : (null, null);
        string PageUrl(int n) => _urls.Record(Language, dataset.Id, record.Id, n);
        var term = new Dictionary<string, object?>
        {
            ["id"] = record.Id,
            ["title"] = title,
            ["lang"] = lang,
            ["first_page"] = first,
            ["subtitle"] = subtitle,
            ["subtitle_lang"] = subtitleLang,
            ["description"] = description,
            ["description_lang"] = descriptionLang,
            ["list_title"] = listTitle,
            ["list_url"] = _urls.RecordList(Language, dataset.Id),
            ["stories_title"] = T(dataset.Id == "districts" ? "district_stories" : "topic_stories"),
            ["story_count"] = all.Count,
            ["stories"] = StoryCards(all, pageNumber, TermStoriesPerPage),
            ["pagination"] = Pagination(pageNumber, pageCount, PageUrl),
            ["groups"] = first ? ReferringGroups(dataset, record) : [],
            ["indicators"] = first ? Indicators(r => r.GetString(field) == record.Id).ToList<object?>() : [],
        };
        var page = first
            ? Page("term", dataset.Id, title, lang, l => _urls.Record(l, dataset.Id, record.Id),
                crumbs: [(listTitle, _urls.RecordList(Language, dataset.Id))], source: record.SourcePath)
            : Page("term-page", dataset.Id, title + " · " + TFormat("page_n", pageNumber), lang,
                l => _urls.Record(l, dataset.Id, record.Id, pageNumber),
                crumbs: [(listTitle, _urls.RecordList(Language, dataset.Id)), (title, PageUrl(1))], heading: title);
        return Frame(page, new(FrameCapacity) { ["term"] = term });
    }

    /// <summary>A record's text field in the page's language when it has one (<c>description_en</c>, <c>summary_en</c>), else the Chinese.</summary>
    private (string? Text, string? Lang) LocalizedField(DataRecord record, string field) =>
        !IsDefaultLanguage && record.GetString(field + "_en") is { Length: > 0 } english
            ? (english, English)
            : (record.GetString(field), Zh);

    /// <summary>The records with pages that point to this one (a community's stations and programmes), by dataset.</summary>
    private List<object?> ReferringGroups(Dataset dataset, DataRecord record) =>
        _model.RecordsReferring(dataset.Id, record.Id)
            .Where(x => _model.Config.RecordPages.Contains(x.Dataset.Id))
            .GroupBy(x => x.Dataset.Id, StringComparer.Ordinal)
            .Select(g => (object?)new Dictionary<string, object?>
            {
                ["id"] = g.Key,
                ["title"] = T(g.Key, g.First().Dataset.Title.Get(Language)),
                ["items"] = g.Select(x => (object?)RecordCard(x.Dataset, x.Record)).ToList(),
            })
            .ToList();

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
        return Frame(page, new(FrameCapacity) { ["terms"] = terms });
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
