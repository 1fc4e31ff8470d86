using System.Collections.Immutable;
using System.Globalization;
using Civic.Site.Model;
using Civic.Templating.Runtime.Values;

namespace Civic.Site.Render;

public sealed partial class PageModels
{
    /// <summary>Datasets whose records are pages of their own under /&lt;dataset&gt;/&lt;id&gt;/ besides record_pages.</summary>
    public static readonly IReadOnlyList<string> TermDatasets = ["districts", "topics"];

    /// <summary>
    /// Page <paramref name="pageNumber"/> of a community, station or programme: all its fields and sources on the first
    /// page, with the stories that mention it; a record named in more stories than fit one page continues on later pages.
    /// </summary>
    public Dictionary<string, object?> RecordPage(Dataset dataset, DataRecord record, int pageNumber = 1)
    {
        var (title, titleLang) = Localized(record.Title);
        var first = pageNumber <= 1;
        var stories = _index.Mentioning(dataset.Id, record.Id);
        var fields = new List<object?>();
        foreach (var field in first ? dataset.Fields : [])
        {
            if (field.Name == dataset.PrimaryKey || field.Name == dataset.TitleField || field.Name == dataset.TitleFieldEn
                || field.Name is "summary" or "sources" || IsEnglishTwin(dataset, field))
            {
                continue;
            }

            var items = TwinItems(dataset, field, record) ?? FieldItems(field, record);
            if (items.Count == 0)
            {
                continue;
            }

            var unit = field.Unit?.Get(Language);
            fields.Add(new Dictionary<string, object?>
            {
                ["name"] = field.Name,
                ["title"] = field.Title.Get(Language),
                ["unit"] = unit,
                ["unit_label"] = unit is null ? null : T("in_unit", "({unit})").Replace("{unit}", unit, StringComparison.Ordinal),
                ["items"] = items,
            });
        }

        var (subtitle, subtitleLang) = first ? SubtitleOf(dataset, record, titleLang) : (null, null);
        var (summary, summaryLang) = LocalizedField(record, "summary");
        var model = new Dictionary<string, object?>
        {
            ["id"] = record.Id,
            ["title"] = title,
            ["lang"] = titleLang,
            ["first_page"] = first,
            ["subtitle"] = subtitle,
            ["subtitle_lang"] = subtitleLang,
            ["kind"] = record.GetString("kind") is { } kind ? EnumLabel(kind) : null,
            ["summary"] = first ? summary : null,
            ["summary_lang"] = summaryLang,
            ["fields"] = fields,
            ["sources"] = first ? Sources(record.GetList("sources")) : [],
            ["groups"] = first ? ReferringGroups(dataset, record) : [],
            ["story_count"] = stories.Count,
            ["stories"] = StoryCards(stories, pageNumber, RecordStoriesPerPage),
            ["pagination"] = Pagination(pageNumber, PageCount(stories.Count, RecordStoriesPerPage),
                n => _urls.Record(Language, dataset.Id, record.Id, n)),
        };
        var listTitle = T(dataset.Id, dataset.Title.Get(Language));
        var page = first
            ? Page("record", dataset.Id, title, titleLang, l => _urls.Record(l, dataset.Id, record.Id),
                summary, [(listTitle, _urls.RecordList(Language, dataset.Id))], source: record.SourcePath)
            : Page("record-page", dataset.Id, title + " · " + TFormat("page_n", pageNumber), titleLang,
                l => _urls.Record(l, dataset.Id, record.Id, pageNumber), summary,
                [(listTitle, _urls.RecordList(Language, dataset.Id)), (title, _urls.Record(Language, dataset.Id, record.Id))], title);
        return Frame(page, new(FrameCapacity) { ["record"] = model, ["dataset"] = DatasetHeader(dataset) });
    }

    public Dictionary<string, object?> RecordList(Dataset dataset)
    {
        var title = T(dataset.Id, dataset.Title.Get(Language));
        var page = Page("record-list", dataset.Id, title, null, l => _urls.RecordList(l, dataset.Id), crumbs: []);
        return Frame(page, new(FrameCapacity)
        {
            ["dataset"] = DatasetHeader(dataset),
            ["records"] = dataset.Records.Select(r => (object?)RecordCard(dataset, r)).ToList(),
        });
    }

    private Dictionary<string, object?> RecordCard(Dataset dataset, DataRecord record)
    {
        var (title, lang) = Localized(record.Title);
        var meta = new List<string>();
        if (record.GetString("kind") is { } kind)
        {
            meta.Add(EnumLabel(kind));
        }

        if (record.GetString("district") is { } district && _model.FindRecord("districts", district) is { } d)
        {
            meta.Add(d.Title.Get(Language));
        }

        var (summary, summaryLang) = LocalizedField(record, "summary");
        return new Dictionary<string, object?>
        {
            ["title"] = title,
            ["lang"] = lang,
            ["url"] = RecordUrl(dataset.Id, record.Id),
            ["meta"] = string.Join(" · ", meta),
            ["summary"] = summary,
            ["summary_lang"] = summaryLang,
        };
    }

    /// <summary>
    /// The name in the other language under the title, with its own language: the English name on a Chinese page, the
    /// Chinese one on an English page whose title is in English.
    /// </summary>
    private (string? Text, string? Lang) SubtitleOf(Dataset dataset, DataRecord record, string titleLang)
    {
        if (titleLang == Zh && dataset.TitleFieldEn is { } en && record.GetString(en) is { } english && english != record.Title.Zh)
        {
            return IsDefaultLanguage ? (english, English) : (null, null);
        }

        return titleLang != Zh ? (record.Title.Zh, Zh) : (null, null);
    }

    /// <summary>The URL of a record's page, or null when its dataset has no pages.</summary>
    private string? RecordUrl(string dataset, string id) =>
        _model.Config.RecordPages.Contains(dataset) || TermDatasets.Contains(dataset) ? _urls.Record(Language, dataset, id) : null;

    /// <summary>A link to a record with its title; null when the record does not exist.</summary>
    /// <remarks>Made once per language and shared: a record is linked from every story that mentions it.</remarks>
    private Dictionary<string, object?>? RecordLink(string dataset, string id) =>
        _recordLinks.GetOrAdd((dataset, id), static (key, self) => self.NewRecordLink(key.Dataset, key.Id), this);

    private SharedMembers? NewRecordLink(string dataset, string id)
    {
        var record = _model.FindRecord(dataset, id);
        if (record is null)
        {
            return null;
        }

        var (title, lang) = Localized(record.Title);
        return SharedLink(title, RecordUrl(dataset, id), lang);
    }

    // services_en beside services: the English of another field, shown in its place on English pages only.
    private static bool IsEnglishTwin(Dataset dataset, FieldSchema field) =>
        field.Name.EndsWith("_en", StringComparison.Ordinal) && dataset.Field(field.Name[..^3]) is not null;

    /// <summary>On a page in another language, the items of the field's English twin when the record fills it; else null.</summary>
    private List<object?>? TwinItems(Dataset dataset, FieldSchema field, DataRecord record) =>
        !IsDefaultLanguage && dataset.Field(field.Name + "_en") is { } twin && FieldItems(twin, record) is { Count: > 0 } english
            ? english
            : null;

    private List<object?> FieldItems(FieldSchema field, DataRecord record)
    {
        var value = record.Get(field.Name);
        if (value is null)
        {
            return [];
        }

        if (field.Reference is { } reference)
        {
            return record.GetIds(field.Name).Select(id => RecordLink(reference, id) is { } link
                ? Item((string)link["title"]!, (string?)link["url"], (string?)link["lang"])
                : Item(id, null, Zh)).ToList<object?>();
        }

        // A text is Chinese unless its field is the English twin of another (title_en, description_en).
        var textLang = field.Name.EndsWith("_en", StringComparison.Ordinal) ? English : Zh;
        return value switch
        {
            ImmutableArray<string> list => list.Select(v => (object?)Item(v, null, textLang)).ToList(),
            string s when !field.Constraints.Enum.IsDefaultOrEmpty => [Item(EnumLabel(s), null, Language)],
            string s => [Item(s, null, textLang)],
            long n => [Item(n.ToString("#,0", CultureInfo.InvariantCulture), null, Language)],
            decimal m => [Item(m.ToString("#,0.########", CultureInfo.InvariantCulture), null, Language)],
            bool b => [Item(b ? T("answer_yes") : T("answer_no"), null, Language)],
            PartialDate date => [Item(DateDisplay(date), null, Language)],
            _ => [Item(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty, null, Language)],
        };
    }

    private static Dictionary<string, object?> Item(string text, string? url, string? lang) => new()
    {
        ["text"] = text,
        ["url"] = url,
        ["lang"] = lang,
    };

    /// <summary>A label for an enum value from the theme strings ("enum.riders-apartment"), else the value itself.</summary>
    private string EnumLabel(string value) => T("enum." + value, value);

    private List<object?> Sources(IEnumerable<string> ids)
    {
        var items = new List<object?>();
        foreach (var id in ids)
        {
            if (_model.FindRecord("sources", id) is { } source && !items.Contains(SourceItem(source)))
            {
                items.Add(SourceItem(source));
            }
        }

        return items;
    }

    /// <summary>
    /// A source for partials/citation.sbn: the Chinese citation, and for other languages its parts (the English
    /// headline when the source has one, the Chinese original, the date as the page writes dates).
    /// </summary>
    /// <remarks>Made once per language and shared: a source is cited by many stories and records.</remarks>
    private SharedMembers SourceItem(DataRecord source) =>
        _sourceItems.GetOrAdd(source, static (record, self) => self.NewSourceItem(record), this);

    private SharedMembers NewSourceItem(DataRecord source) => new(7)
    {
        ["id"] = source.Id,
        ["citation"] = Citation(source),
        ["localized"] = !IsDefaultLanguage,
        ["headline_en"] = source.GetString("headline_en") is { Length: > 0 } en ? en : null,
        ["original"] = Citation(source, withDate: false),
        ["date"] = source.Get("date") switch
        {
            PartialDate partial => DateDisplay(partial),
            null => null,
            var other => other.ToString(),
        },
        ["note"] = source.GetString("note"),
    };

    /// <summary>"长江日报，《标题》，2025年7月": the parts the source gives, in Chinese citation order (a Chinese text on every page).</summary>
    private static string Citation(DataRecord source, bool withDate = true)
    {
        var parts = new List<string>();
        if (source.GetString("publisher") is { Length: > 0 } publisher)
        {
            parts.Add(publisher);
        }

        if (source.GetString("headline") is { Length: > 0 } headline)
        {
            parts.Add("《" + headline + "》");
        }

        if (withDate && source.Get("date") is { } date)
        {
            parts.Add(date is PartialDate partial ? ChineseDate(partial) : date.ToString()!);
        }

        return string.Join("，", parts);
    }

    private IEnumerable<Dictionary<string, object?>> Indicators(Func<DataRecord, bool> filter)
    {
        var dataset = _model.Dataset("indicators");
        if (dataset is null)
        {
            yield break;
        }

        foreach (var record in dataset.Records.Where(filter))
        {
            var (name, nameLang) = Localized(record.Title);
            var value = record.Get("value") switch
            {
                decimal m => FigureText.Format(m, Language.StartsWith("zh", StringComparison.Ordinal)),
                long n => FigureText.Format(n, Language.StartsWith("zh", StringComparison.Ordinal)),
                var other => other?.ToString() ?? string.Empty,
            };
            var unit = !IsDefaultLanguage && record.GetString("unit_en") is { } en ? en : record.GetString("unit");
            var source = record.GetString("source") is { } s ? _model.FindRecord("sources", s) : null;
            yield return new Dictionary<string, object?>
            {
                ["name"] = name,
                ["name_lang"] = nameLang,
                ["value_display"] = (record.GetString("qualifier") is { } q ? T("qualifier." + q, string.Empty) : string.Empty) + value,
                ["unit"] = unit,
                ["as_of"] = record.Get("as_of") is PartialDate asOf ? DateDisplay(asOf) : record.Get("as_of")?.ToString(),
                ["source"] = source is null ? null : SourceItem(source),
            };
        }
    }
}
