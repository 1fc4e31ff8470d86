using Civic.Site.Model;
using Civic.Site.Render;

namespace Civic.Site.Emit.Search;

/// <summary>
/// The search emitter: indexes the pages of the default language (their text as the reader sees it, read while they render) with
/// the type, district and topics the model gives them, and the English text of those that have a translation, and writes the index under <c>/search/</c> plus a manifest for
/// every other interface language's search page.
/// </summary>
public sealed class SearchIndexEmitter : ISiteEmitter
{
    /// <inheritdoc/>
    public string Name => "search";

    private static readonly SearchIndexOptions PreviewOptions = new() { Compression = System.IO.Compression.CompressionLevel.Fastest };

    /// <inheritdoc/>
    public bool ReadsPages => true;

    /// <inheritdoc/>
    public void Emit(EmitContext context)
    {
        var documents = context.SearchDocuments ?? Documents(context.Model, context.Pages, context.Urls);
        var homes = context.Urls.Languages
            .Where(l => l != context.Urls.DefaultLanguage)
            .Select(l => context.Urls.Home(l)[context.Urls.BasePath.Length..]);
        var options = (context.Preview ? PreviewOptions : SearchIndexOptions.Default) with
        {
            Synonyms = [.. context.Model.Synonyms.Select(g => (IReadOnlyList<string>)g.Terms)],
        };
        SearchIndexWriter.Build(documents, options, context.SearchTerms)
            .WriteTo((path, bytes) => context.Output.WriteBytes(path, bytes), homes);
    }

    /// <summary>The searchable pages among rendered pages that hold their HTML (in <see cref="RenderedPage.Text"/>).</summary>
    public static IReadOnlyList<SearchDocument> Documents(SiteModel model, IReadOnlyList<RenderedPage> pages, SiteUrls urls)
    {
        var collector = new SearchPageCollector(model, urls, pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            collector.Accept(i, page, () => page.Text);
        }

        return collector.Documents;
    }

    /// <summary>
    /// The document a page becomes, without its title and text yet, or null for pages the index leaves out: other
    /// languages, and the home, lists, catalogue, search and 404 pages, which only repeat what the others say.
    /// </summary>
    public static SearchDocument? Describe(SiteModel model, RenderedPage page, SiteUrls urls)
    {
        if (page.Language != urls.DefaultLanguage || !page.Url.StartsWith(urls.BasePath, StringComparison.Ordinal))
        {
            return null;
        }

        var url = page.Url[urls.BasePath.Length..];
        if (Facts(model, page.Kind, url) is not { } facts)
        {
            return null;
        }

        var (nameEn, textEn) = English(model, page.Kind, url);
        return new SearchDocument(url, page.Language, facts.Type, string.Empty, string.Empty, facts.District, facts.Topics, facts.Date, nameEn, textEn);
    }

    // A record's or dataset's English name, which its English page shows as its title, and its English summary or
    // description, which the English search page shows as the excerpt (without one, the excerpt stays Chinese). A
    // translated story or page gets both from the translation's page instead (see SearchPageCollector).
    private static (string? Name, string? Text) English(SiteModel model, string kind, string url)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return (kind, parts) switch
        {
            ("record", [var dataset, var id]) when model.FindRecord(dataset, id) is { } record => (record.Title.En, record.GetString("summary_en")),
            ("term", [var dataset, var id]) when model.FindRecord(dataset, id) is { } record => (record.Title.En, record.GetString("description_en")),
            ("dataset", [_, var id]) when model.Dataset(id) is { } dataset => (dataset.Title.En, dataset.Description.En),
            _ => (null, null),
        };
    }

    /// <summary>
    /// For the English page of a story or page that has a <c>.en.md</c> translation, the URL of the document it joins
    /// (its default-language page's); null for every other page, whose English version repeats the Chinese text.
    /// </summary>
    public static string? TranslationOf(SiteModel model, RenderedPage page, SiteUrls urls)
    {
        if (page.Language == urls.DefaultLanguage || !page.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var home = urls.Home(page.Language);
        if (!page.Url.StartsWith(home, StringComparison.Ordinal))
        {
            return null;
        }

        var url = page.Url[home.Length..];
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var translated = page.Kind switch
        {
            "story" => parts is ["stories", var slug] && model.Story(slug)?.English is not null,
            "page" => parts is [var slug] && model.Page(slug)?.English is not null,
            _ => false,
        };
        return translated ? url : null;
    }

    private static (SearchDocumentType Type, SearchFacetValue? District, IReadOnlyList<SearchFacetValue> Topics, string? Date)? Facts(
        SiteModel model, string kind, string url)
    {
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (kind)
        {
            case "story" when parts is [_, var slug] && model.Story(slug) is { } story:
                return (SearchDocumentType.Story, Facet(model, "districts", story.District), Facets(model, "topics", story.Topics), story.Date.ToString());
            case "record" or "term" when parts is [var dataset, var id] && model.FindRecord(dataset, id) is { } record:
                return dataset switch
                {
                    "districts" => (SearchDocumentType.District, Facet(model, "districts", id), [], null),
                    "topics" => (SearchDocumentType.Topic, null, Facets(model, "topics", [id]), null),
                    _ => (TypeOf(dataset), Facet(model, "districts", record.GetIds("district").FirstOrDefault()),
                        Facets(model, "topics", record.GetIds("topics")), null),
                };
            case "dataset":
                return (SearchDocumentType.Dataset, null, [], null);
            case "page":
                return (SearchDocumentType.Page, null, [], null);
            default:
                return null;
        }
    }

    private static SearchDocumentType TypeOf(string dataset) => dataset switch
    {
        "communities" => SearchDocumentType.Community,
        "stations" => SearchDocumentType.Station,
        "programmes" => SearchDocumentType.Programme,
        _ => SearchDocumentType.Page,
    };

    private static SearchFacetValue? Facet(SiteModel model, string dataset, string? id) =>
        id is null ? null
        : model.FindRecord(dataset, id) is { } record ? new SearchFacetValue(id, record.Title.Zh, record.Title.En)
        : new SearchFacetValue(id, id);

    private static List<SearchFacetValue> Facets(SiteModel model, string dataset, IEnumerable<string> ids) =>
        [.. ids.Distinct(StringComparer.Ordinal).Select(id => Facet(model, dataset, id)!)];
}
