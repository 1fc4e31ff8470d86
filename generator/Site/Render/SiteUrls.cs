using System.Globalization;

namespace Civic.Site.Render;

/// <summary>
/// The permanent URL scheme (DESIGN.md "Output"). Every URL is root-relative and starts with the base path, so a
/// site built for https://host/sub/ links to /sub/…; the default language lives at the base, others under /&lt;lang&gt;/.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl, IReadOnlyList<string> languages)
    {
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        BasePath = Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";
        if (!BasePath.EndsWith('/'))
        {
            BasePath += "/";
        }

        Languages = languages.Count == 0 ? ["zh-Hans"] : languages;
    }

    /// <summary>Absolute base URL ending in "/".</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of the base URL, "/" or "/sub/".</summary>
    public string BasePath { get; }

    public IReadOnlyList<string> Languages { get; }

    public string DefaultLanguage => Languages[0];

    /// <summary>"/" for the default language, "/en/" for English (under the base path).</summary>
    public string Home(string language) =>
        language == DefaultLanguage ? BasePath : BasePath + language.ToLowerInvariant() + "/";

    public string Stories(string language, int page = 1) => Paged(Home(language) + "stories/", page);

    public string Story(string language, string slug) => Home(language) + "stories/" + slug + "/";

    public string RecordList(string language, string dataset) => Home(language) + dataset + "/";

    public string Record(string language, string dataset, string id) => Home(language) + dataset + "/" + id + "/";

    /// <summary>Page <paramref name="page"/> of a record's story list: the record's own URL, then …/page/2/ and on.</summary>
    public string Record(string language, string dataset, string id, int page) => Paged(Record(language, dataset, id), page);

    /// <summary>A paginated list: page 1 is the list's own URL, the next ones live under it at page/&lt;n&gt;/.</summary>
    public static string Paged(string firstPage, int page) =>
        page <= 1 ? firstPage : firstPage + "page/" + page.ToString(CultureInfo.InvariantCulture) + "/";

    public string DataCatalogue(string language) => Home(language) + "data/";

    public string Dataset(string language, string dataset) => Home(language) + "data/" + dataset + "/";

    public string Page(string language, string slug) => Home(language) + slug + "/";

    public string Search(string language) => Home(language) + "search/";

    public string NotFound(string language) => Home(language) + "404.html";

    /// <summary>Absolute URL for a root-relative one.</summary>
    public string Absolute(string url) => BaseUrl + url[BasePath.Length..];

    /// <summary>The output file for a URL: "/sub/stories/" → "stories/index.html".</summary>
    public string OutputPath(string url)
    {
        var relative = url[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
