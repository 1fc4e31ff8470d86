using System.Collections.Immutable;
using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>Reads <c>site.yml</c> into a <see cref="SiteConfig"/>; see docs/content-model.md.</summary>
public static class SiteConfigLoader
{
    /// <summary>The file name, at the site root.</summary>
    public const string FileName = "site.yml";

    /// <summary>The languages of a site.yml without <c>languages</c>.</summary>
    public static readonly ImmutableArray<string> DefaultLanguages = ["zh-Hans", "en"];

    /// <summary>The theme of a site.yml without <c>theme</c>.</summary>
    public const string DefaultTheme = "default";

    private static readonly string[] Keys =
    [
        "title", "description", "base_url", "languages", "publisher", "licence", "theme", "output",
        "record_pages", "stories_per_page", "term_stories_per_page", "edit_url",
    ];

    /// <summary>The settings, or null after reporting why they cannot be read.</summary>
    public static SiteConfig? Load(LoadContext ctx) => Load(ctx, out _);

    /// <summary>The settings, and the YAML they were read from (for locating later problems).</summary>
    public static SiteConfig? Load(LoadContext ctx, out YMapping? yaml)
    {
        yaml = null;
        var bag = ctx.Diagnostics;
        if (!File.Exists(ctx.Full(FileName)))
        {
            bag.Report(DiagnosticCodes.MissingSiteConfig, SourceLocation.StartOf(FileName));
            return null;
        }
        var text = SourceFileReader.Read(ctx, FileName);
        if (text is null) return null;
        var map = YamlValues.AsMapping(YamlReader.Read(text, ctx.Options, bag), FileName, bag);
        if (map is null) return null;
        yaml = map;

        YamlValues.CheckKeys(map, Keys, bag);
        var errors = bag.ErrorCount;
        var title = YamlValues.Localized(map, "title", bag, required: true);
        var description = YamlValues.Localized(map, "description", bag);
        var baseUrl = AbsoluteUrl(map, "base_url", "https://civic.example/", bag, required: true);
        var languages = YamlValues.StringList(map, "languages", bag);
        var publisher = YamlValues.Localized(map, "publisher", bag);
        var licence = LoadLicence(map, bag);
        var theme = YamlValues.String(map, "theme", bag) ?? DefaultTheme;
        var output = YamlValues.String(map, "output", bag) ?? "_site";
        var recordPages = YamlValues.StringList(map, "record_pages", bag);
        var perPage = PerPage(map, "stories_per_page", 10, DiagnosticTexts.StoriesPerPage, bag);
        var termPerPage = PerPage(map, "term_stories_per_page", 50, DiagnosticTexts.TermStoriesPerPage, bag);
        var editUrl = AbsoluteUrl(map, "edit_url", "https://github.com/OWNER/REPOSITORY/edit/main/", bag, required: false);
        if (bag.ErrorCount > errors || title is null || baseUrl is null || licence is null) return null;

        return new SiteConfig(
            title, description, baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            languages is { IsEmpty: false } l ? l : DefaultLanguages,
            publisher, licence, theme, output, recordPages ?? [], (int)Math.Min(perPage, int.MaxValue),
            (int)Math.Min(termPerPage, int.MaxValue),
            editUrl is null ? null : editUrl.EndsWith('/') ? editUrl : editUrl + "/");
    }

    // Feeds, the sitemap and the open-data catalogue need absolute links, and edit links leave the site, so a URL
    // without a scheme is an error here rather than a crash or a dead link later.
    private static string? AbsoluteUrl(YMapping map, string key, string example, DiagnosticBag bag, bool required)
    {
        var value = YamlValues.String(map, key, bag, required);
        if (value is null || IsAbsoluteHttpUrl(value)) return value;
        YamlValues.WrongType(key, DiagnosticTexts.AbsoluteUrl, map.Get(key)!, example, bag);
        return null;
    }

    /// <summary>
    /// True for an absolute http or https URL with a host and no query or fragment (page paths are appended to it),
    /// the only kind a site can be published at.
    /// </summary>
    public static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && value.IndexOfAny(['?', '#']) < 0;

    private static long PerPage(YMapping map, string key, long fallback, string meaning, DiagnosticBag bag)
    {
        var value = YamlValues.Integer(map, key, bag) ?? fallback;
        if (value < 1 && map.Get(key) is { } node)
        {
            bag.Add(DiagnosticCodes.OutOfRange.CreateWithAlternateHint(node.Start, key, value, DiagnosticTexts.Range(1, null), meaning));
        }
        return value;
    }

    private static Licence? LoadLicence(YMapping map, DiagnosticBag bag)
    {
        var node = YamlValues.Required(map, "licence", "{id: CC-BY-4.0, name: …, url: …}", bag);
        if (node is null) return null;
        var m = YamlValues.AsMapping(node, "'licence'", bag);
        if (m is null) return null;
        YamlValues.CheckKeys(m, ["id", "name", "url"], bag);
        var id = YamlValues.String(m, "id", bag, required: true);
        var name = YamlValues.String(m, "name", bag, required: true);
        var url = YamlValues.String(m, "url", bag);
        return id is null || name is null ? null : new Licence(id, name, url);
    }
}
