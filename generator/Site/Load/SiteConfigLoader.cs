using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>Reads <c>site.yml</c> into a <see cref="SiteConfig"/>; see docs/content-model.md.</summary>
public static class SiteConfigLoader
{
    /// <summary>The file name, at the site root.</summary>
    public const string FileName = "site.yml";

    private static readonly string[] Keys =
    [
        "title", "description", "base_url", "languages", "publisher", "licence", "theme", "output",
        "record_pages", "stories_per_page", "term_stories_per_page",
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
        var baseUrl = YamlValues.String(map, "base_url", bag, required: true);
        var languages = YamlValues.StringList(map, "languages", bag);
        var publisher = YamlValues.Localized(map, "publisher", bag);
        var licence = LoadLicence(map, bag);
        var theme = YamlValues.String(map, "theme", bag) ?? "default";
        var output = YamlValues.String(map, "output", bag) ?? "_site";
        var recordPages = YamlValues.StringList(map, "record_pages", bag);
        var perPage = YamlValues.Integer(map, "stories_per_page", bag) ?? 10;
        if (perPage < 1 && map.Get("stories_per_page") is { } pp)
        {
            bag.Report(DiagnosticCodes.OutOfRange, pp.Start, "stories_per_page", perPage, DiagnosticTexts.Range(1, null));
        }
        var termPerPage = YamlValues.Integer(map, "term_stories_per_page", bag) ?? 50;
        if (termPerPage < 1 && map.Get("term_stories_per_page") is { } tp)
        {
            bag.Report(DiagnosticCodes.OutOfRange, tp.Start, "term_stories_per_page", termPerPage, DiagnosticTexts.Range(1, null));
        }
        if (bag.ErrorCount > errors || title is null || baseUrl is null || licence is null) return null;

        return new SiteConfig(
            title, description, baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            languages is { IsEmpty: false } l ? l : ["zh-Hans", "en"],
            publisher, licence, theme, output, recordPages ?? [], (int)Math.Min(perPage, int.MaxValue),
            (int)Math.Min(termPerPage, int.MaxValue));
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
