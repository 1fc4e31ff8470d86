using Civic.Site.Model;

namespace Civic.Site.Render;

public sealed partial class PageModels
{
    private const int PreviewColumns = 7;

    public Dictionary<string, object?> DataCatalogue()
    {
        var title = T("data_catalogue");
        var page = Page("data-catalogue", "data", title, null, _urls.DataCatalogue, crumbs: []);
        return Frame(page, new(FrameCapacity) { ["datasets"] = _model.Datasets.Select(d => (object?)DatasetHeader(d)).ToList() });
    }

    public Dictionary<string, object?> DatasetPage(Dataset dataset)
    {
        var header = DatasetHeader(dataset);
        var columns = dataset.Fields.Where(f => f.Name != "sources").Take(PreviewColumns).ToList();
        var rows = dataset.Records.Take(PreviewRows).Select(r => (object?)new Dictionary<string, object?>
        {
            ["cells"] = columns.Select(f => (object?)PreviewCell(dataset, f, r)).ToList(),
        }).ToList();
        header["preview"] = new Dictionary<string, object?>
        {
            ["columns"] = columns.Select(f => (object?)f.Title.Get(Language)).ToList(),
            ["rows"] = rows,
            ["note"] = TFormat("preview_note", rows.Count),
        };
        header["fields"] = dataset.Fields.Select(f => (object?)new Dictionary<string, object?>
        {
            ["name"] = f.Name,
            ["title"] = f.Title.Get(Language),
            ["type"] = f.Type.ToString().ToLowerInvariant() + (f.IsPartialDate ? " (partial)" : string.Empty),
            ["unit"] = f.Unit?.Get(Language),
            ["required"] = f.Constraints.Required,
            ["description"] = f.Description?.Get(Language),
            ["reference"] = f.Reference,
            ["reference_url"] = f.Reference is { } r && _model.Dataset(r) is not null ? _urls.Dataset(Language, r) : null,
        }).ToList();
        var landing = _settings.DatasetLandings?.GetValueOrDefault(dataset.Id);
        header["open_data"] = landing;
        // The landing gives ISO dates (as the catalogues need); readers get them as the stories show dates.
        header["modified_display"] = landing?.GetValueOrDefault("modified") is string modified ? DateText(modified) : null;
        header["dates_display"] = landing?.GetValueOrDefault("sources") is IEnumerable<object?> sources
            ? sources.OfType<Dictionary<string, object?>>().Select(x => x.GetValueOrDefault("date")).OfType<string>().Distinct()
                .ToDictionary(iso => iso, iso => (object?)DateText(iso), StringComparer.Ordinal)
            : null;
        header["temporal_display"] = landing?.GetValueOrDefault("temporal_coverage") is string period
            ? string.Join(T("range_to", " – "), period.Split('/').Select(DateText))
            : null;
        var page = Page("dataset", "data", (string)header["title"]!, null, l => _urls.Dataset(l, dataset.Id),
            (string?)header["description"], [(T("data_catalogue"), _urls.DataCatalogue(Language))]);
        return Frame(page, new(FrameCapacity) { ["dataset"] = header });
    }

    private Dictionary<string, object?> DatasetHeader(Dataset dataset)
    {
        var (description, descriptionLang) = Localized(dataset.Description);
        var hasList = _model.Config.RecordPages.Contains(dataset.Id) || TermDatasets.Contains(dataset.Id);
        return new Dictionary<string, object?>
        {
            ["id"] = dataset.Id,
            ["title"] = dataset.Title.Get(Language),
            ["description"] = description,
            ["description_lang"] = descriptionLang,
            ["url"] = _urls.Dataset(Language, dataset.Id),
            ["list_url"] = hasList ? _urls.RecordList(Language, dataset.Id) : null,
            ["count"] = dataset.Records.Length,
            ["version"] = dataset.Version,
            ["licence"] = dataset.Licence,
        };
    }

    private Dictionary<string, object?> PreviewCell(Dataset dataset, FieldSchema field, DataRecord record)
    {
        var items = FieldItems(field, record).Cast<Dictionary<string, object?>>().ToList();
        var text = string.Join(T("list_separator", "、"), items.Select(i => (string)i["text"]!));
        var isTitle = field.Name == dataset.PrimaryKey;
        // The cell's language when all its items share one other than the page's (a Chinese name on an English page);
        // none for the id column, whose values are codes in no language.
        var langs = isTitle ? [] : items.Select(i => (string?)i["lang"]).Distinct().ToList();
        return new Dictionary<string, object?>
        {
            ["text"] = text,
            ["url"] = isTitle ? RecordUrl(dataset.Id, record.Id) : null,
            ["lang"] = langs is [{ } only] && only != Language ? only : null,
        };
    }

    public Dictionary<string, object?> ContentPageModel(ContentPage contentPage)
    {
        var translated = !IsDefaultLanguage && contentPage.English is not null;
        var title = PageTitle(contentPage);
        var lang = translated ? Language : (contentPage.Title.En is not null && !IsDefaultLanguage ? Language : Zh);
        var doc = new Dictionary<string, object?>
        {
            ["title"] = title,
            ["lang"] = translated ? Language : Zh,
            ["body"] = translated ? RenderMarkdown(contentPage.English!.Body, contentPage.English.SourcePath) : RenderMarkdown(contentPage.Body, contentPage.SourcePath),
            ["translation_missing"] = !IsDefaultLanguage && !translated,
        };
        var page = Page("page", contentPage.Slug, title, lang, l => _urls.Page(l, contentPage.Slug), crumbs: [],
            source: translated ? contentPage.English!.SourcePath : contentPage.SourcePath);
        return Frame(page, new(FrameCapacity) { ["doc"] = doc });
    }

    public Dictionary<string, object?> NotFound()
    {
        var page = Page("404", "404", T("not_found_title"), null, _urls.NotFound);
        return Frame(page, []);
    }

    public Dictionary<string, object?> Search()
    {
        var page = Page("search", "search", T("search"), null, _urls.Search, crumbs: []);
        return Frame(page, []);
    }

    /// <summary>An ISO date of year, month or day precision as the page's language writes it; anything else as given.</summary>
    private string DateText(string iso) =>
        PartialDate.TryParse(iso, PartialDate.AnyPrecision, out var date) ? DateDisplay(date) : iso;
}
