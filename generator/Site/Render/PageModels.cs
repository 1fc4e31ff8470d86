using System.Collections.Concurrent;
using System.Globalization;
using Civic.Site.Model;
using Civic.Templating.Runtime.Values;

namespace Civic.Site.Render;

/// <summary>
/// Turns the immutable model into template variables for one interface language: plain dictionaries and lists with
/// snake_case keys, display strings already formatted (dates, numbers) so templates stay free of logic, and a
/// <c>lang</c> next to every text that may fall back to Chinese on an English page.
/// </summary>
public sealed partial class PageModels
{
    private const int PreviewRows = 20;

    // Room for a page's own entries and the three every page shares, so the dictionary never grows: pages are made
    // by the ten thousand.
    private const int FrameCapacity = 8;

    // One boxed copy of each, instead of one per page.
    private static readonly object True = true;
    private static readonly object False = false;
    private readonly SiteModel _model;
    private readonly SiteUrls _urls;
    private readonly SiteIndex _index;
    private readonly IReadOnlyDictionary<string, string> _t;
    private readonly RenderSettings _settings;
    private readonly MarkdownCache _markdown;
    private readonly SharedMembers _site;

    // Values every page of a language may show, made once and shared (read-only to templates).
    private readonly ConcurrentDictionary<(string Dataset, string Id), SharedMembers?> _recordLinks = new();
    private readonly ConcurrentDictionary<DataRecord, SharedMembers> _sourceItems = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(string Title, string Url), SharedMembers> _crumbs = new();

    public PageModels(SiteModel model, SiteIndex index, SiteUrls urls, ThemeFiles theme, string language, RenderSettings settings, MarkdownCache markdown)
    {
        _model = model;
        _index = index;
        _urls = urls;
        Language = language;
        _t = theme.Strings(language);
        _settings = settings;
        _markdown = markdown;
        _site = BuildSite();
    }

    public string Language { get; }

    private string Zh => _urls.DefaultLanguage;

    private bool IsDefaultLanguage => Language == _urls.DefaultLanguage;

    /// <summary>The site's code for English (the language of every <c>_en</c> text), "en" when it has none.</summary>
    private string English => _urls.Languages.FirstOrDefault(l => l.StartsWith("en", StringComparison.OrdinalIgnoreCase)) ?? "en";

    /// <summary>The variables every page shares; <paramref name="page"/> and the page's own entries are added to them.</summary>
    /// <remarks><paramref name="data"/> is the page's own new dictionary: it becomes the frame, without a copy.</remarks>
    public Dictionary<string, object?> Frame(Dictionary<string, object?> page, Dictionary<string, object?> data)
    {
        data["site"] = _site;
        data["t"] = _t;
        data["page"] = page;
        return data;
    }

    /// <summary>The <c>page</c> variable: title, canonical URL, alternates in every language, breadcrumbs.</summary>
    public Dictionary<string, object?> Page(
        string kind, string section, string title, string? titleLang, Func<string, string> urlIn,
        string? description = null, IReadOnlyList<(string Title, string Url)>? crumbs = null, string? heading = null,
        string? source = null)
    {
        var url = urlIn(Language);
        var siteTitle = (string)_site["title"]!;
        var alternates = new List<object?>(_urls.Languages.Count);
        string? defaultUrl = null;
        foreach (var l in _urls.Languages)
        {
            var urlInL = l == Language ? url : urlIn(l);
            defaultUrl = l == Zh ? urlInL : defaultUrl;
            alternates.Add(new Dictionary<string, object?>(5)
            {
                ["hreflang"] = l,
                ["href"] = _urls.Absolute(urlInL),
                ["url"] = urlInL,
                ["label"] = LanguageName(l),
                ["current"] = l == Language ? True : False,
            });
        }

        var breadcrumbs = new List<object?>();
        if (crumbs is not null)
        {
            breadcrumbs.Add(Crumb(T("home"), _urls.Home(Language)));
            foreach (var crumb in crumbs)
            {
                breadcrumbs.Add(Crumb(crumb.Title, crumb.Url));
            }
        }

        return new Dictionary<string, object?>(16)
        {
            ["kind"] = kind,
            ["section"] = section,
            ["title"] = title,
            ["title_lang"] = titleLang != Language ? titleLang : null,
            ["heading"] = heading ?? title,
            ["head_title"] = HeadTitle(kind, title, siteTitle),
            ["description"] = description ?? _site["description"],
            ["url"] = url,
            ["canonical"] = _urls.Absolute(url),
            ["og_type"] = kind == "story" ? "article" : "website",
            ["og_locale"] = OpenGraphLocale(Language),
            ["og_locale_alternates"] = _urls.Languages.Where(l => l != Language).Select(l => (object?)OpenGraphLocale(l)).ToList(),
            ["feeds"] = OwnFeeds(kind, defaultUrl ?? urlIn(Zh)),
            ["alternates"] = alternates,
            ["breadcrumbs"] = breadcrumbs,
            ["edit_url"] = EditUrl(source),
        };
    }

    private SharedMembers Crumb(string title, string url) =>
        _crumbs.GetOrAdd((title, url), static key => SharedLink(key.Title, key.Url, null));

    private SharedMembers BuildSite()
    {
        var config = _model.Config;
        var outputs = _settings.Outputs.ToDictionary(o => o, _ => (object?)true, StringComparer.Ordinal);
        var nav = new List<object?> { NavItem("home", T("home"), _urls.Home(Language)), NavItem("stories", T("stories"), _urls.Stories(Language)) };
        foreach (var dataset in RecordPageDatasets())
        {
            nav.Add(NavItem(dataset.Id, T(dataset.Id, dataset.Title.Get(Language)), _urls.RecordList(Language, dataset.Id)));
        }

        nav.Add(NavItem("data", T("data"), _urls.DataCatalogue(Language)));
        if (_model.Page("about") is not null)
        {
            nav.Add(NavItem("about", T("about"), _urls.Page(Language, "about")));
        }

        var footerPages = new[] { "about", "licence", "contributing" }
            .Select(_model.Page).OfType<ContentPage>()
            .Select(p => (object?)Link(PageTitle(p), _urls.Page(Language, p.Slug)))
            .ToList();

        return new SharedMembers
        {
            ["title"] = config.Title.Get(Language),
            ["description"] = config.Description?.Get(Language) ?? string.Empty,
            ["publisher"] = config.Publisher?.Get(Language),
            ["lang"] = Language,
            ["base"] = _urls.Home(Language),
            ["root"] = _urls.BasePath,
            ["base_url"] = _urls.BaseUrl,
            ["licence"] = new Dictionary<string, object?>
            {
                ["id"] = config.Licence.Id,
                // The theme may name a known licence in the page's language (licence.CC-BY-4.0); else site.yml's name.
                ["name"] = T("licence." + config.Licence.Id, config.Licence.Name),
                ["url"] = config.Licence.Url,
            },
            ["outputs"] = outputs,
            ["nav"] = nav,
            ["footer_pages"] = footerPages,
        };
    }

    /// <summary>
    /// Where the file behind a page can be edited (site.yml's <c>edit_url</c> plus its path, each segment escaped, so a
    /// Chinese file name still makes one valid link), or null without an <c>edit_url</c> or a file.
    /// </summary>
    private string? EditUrl(string? source) =>
        _model.Config.EditUrl is not { } root || source is null ? null
        : root + string.Join('/', source.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>"Page · Site", or the page title alone when that would pass 70 characters (search results cut there).</summary>
    private static string HeadTitle(string kind, string title, string siteTitle)
    {
        if (kind == "home")
        {
            return siteTitle;
        }

        var full = title + " · " + siteTitle;
        return full.EnumerateRunes().Count() <= 70 ? full : title;
    }

    private static string OpenGraphLocale(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh_CN"
        : language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en_US"
        : language.Replace('-', '_');

    /// <summary>
    /// The feeds of this page besides the site's: a topic's or district's stories, the dataset updates on the catalogue.
    /// Feeds are Chinese only, so they sit at the default-language URL of the page.
    /// </summary>
    private List<object?> OwnFeeds(string kind, string defaultUrl)
    {
        var relative = defaultUrl[_urls.BasePath.Length..];
        var own = (kind == "term" && (relative.StartsWith("topics/", StringComparison.Ordinal) || relative.StartsWith("districts/", StringComparison.Ordinal)))
            || kind == "data-catalogue";
        return !own || !_settings.Outputs.Contains("feeds") ? [] :
        [
            new Dictionary<string, object?> { ["type"] = "application/feed+json", ["href"] = defaultUrl + "feed.json", ["label"] = T("feed_json") },
            new Dictionary<string, object?> { ["type"] = "application/atom+xml", ["href"] = defaultUrl + "feed.xml", ["label"] = T("feed_atom") },
        ];
    }

    private IEnumerable<Dataset> RecordPageDatasets() =>
        _model.Config.RecordPages.Select(_model.Dataset).OfType<Dataset>();

    private string PageTitle(ContentPage page) =>
        !IsDefaultLanguage && page.English is not null ? page.English.Title : page.Title.Get(Language);

    private string LanguageName(string language) => language switch
    {
        _ when language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) => "中文",
        _ when language.StartsWith("en", StringComparison.OrdinalIgnoreCase) => "English",
        _ => language,
    };

    /// <summary>An interface string; a missing key shows the fallback or the key itself, never an empty label.</summary>
    private string T(string key, string? fallback = null) =>
        _t.TryGetValue(key, out var s) ? s : fallback ?? key;

    private string TFormat(string key, int n) => T(key).Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Text in the page language when there is one, else Chinese, with the language it is in.</summary>
    private (string Text, string Lang) Localized(LocalizedText text) =>
        !IsDefaultLanguage && text.En is not null ? (text.En, Language) : (text.Zh, Zh);

    private static Dictionary<string, object?> Link(string title, string? url, string? lang = null) => new()
    {
        ["title"] = title,
        ["url"] = url,
        ["lang"] = lang,
    };

    private static SharedMembers SharedLink(string title, string? url, string? lang) => new(3)
    {
        ["title"] = title,
        ["url"] = url,
        ["lang"] = lang,
    };

    private static Dictionary<string, object?> NavItem(string key, string title, string url) => new()
    {
        ["key"] = key,
        ["title"] = title,
        ["url"] = url,
    };

    private HtmlString RenderMarkdown(string body, string sourcePath) => new(_markdown.Render(body, _urls.BasePath, sourcePath));

    private string DateDisplay(PartialDate date) => (IsDefaultLanguage, date.Precision) switch
    {
        (true, _) => ChineseDate(date),
        (false, DatePrecision.Year) => date.Year.ToString(CultureInfo.InvariantCulture),
        (false, DatePrecision.Month) => date.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => date.Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>2025年, 2025年12月 or 2025年12月25日, as the date's precision allows.</summary>
    private static string ChineseDate(PartialDate date) => date.Precision switch
    {
        DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture) + "年",
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日"),
    };
}
