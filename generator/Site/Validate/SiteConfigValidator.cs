using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Validate;

/// <summary>
/// Checks the settings of site.yml that name folders and files: that the theme exists and has interface texts
/// (<c>themes/&lt;theme&gt;/i18n/&lt;lang&gt;.yml</c>) for every site language. Only reports.
/// </summary>
public static class SiteConfigValidator
{
    /// <summary>The folder of themes, relative to the site root.</summary>
    public const string ThemesFolder = "themes";

    /// <summary>The themes under the site's themes/ folder, for a message: "default, dark", or "none".</summary>
    public static string ThemesPresent(string siteRoot) => ListOrNone(Present(Path.Combine(siteRoot, ThemesFolder)));

    private static List<string> Present(string themes) =>
        Names(Directory.Exists(themes) ? Directory.GetDirectories(themes) : [], "");

    private static string ListOrNone(List<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);

    /// <summary>Checks the theme and languages of <paramref name="site"/>.</summary>
    public static void Validate(LoadedSite site, DiagnosticBag bag)
    {
        // Read from the YAML, not the settings, so these are reported along with any other mistake in site.yml;
        // values of the wrong type were reported by the loader.
        if (site.ConfigYaml is not { } yaml || yaml.Get("theme") is YMapping or YSequence) return;
        var themeNode = yaml.Get("theme") is YScalar { IsNull: false } t ? t : null;
        var theme = themeNode?.Value ?? SiteConfigLoader.DefaultTheme;
        var themes = Path.Combine(site.Root, ThemesFolder);
        if (!IsName(theme) || !Directory.Exists(Path.Combine(themes, theme)))
        {
            // Without a 'theme' key there is no value to point at; the build reports the missing default theme
            // (CIV4010) at site.yml.
            if (themeNode is null) return;
            var present = Present(themes);
            var suggestion = Suggestions.Closest(theme, present);
            var list = ListOrNone(present);
            bag.Add(suggestion is null
                ? DiagnosticCodes.UnknownTheme.CreateWithAlternateHint(themeNode.Start, theme, null, list)
                : DiagnosticCodes.UnknownTheme.Create(themeNode.Start, theme, suggestion, list));
            return;
        }

        var i18n = Path.Combine(themes, theme, "i18n");
        var has = Names(Directory.Exists(i18n) ? Directory.GetFiles(i18n, "*.yml") : [], ".yml");
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = true;
        foreach (var (language, at) in Languages(yaml, themeNode))
        {
            if (first && !language.Equals(SiteConfigLoader.DefaultLanguages[0], StringComparison.OrdinalIgnoreCase))
            {
                bag.Report(DiagnosticCodes.DefaultLanguage, at, language);
            }

            first = false;
            if (!seen.Add(language))
            {
                bag.Report(DiagnosticCodes.DuplicateLanguage, at, language);
                continue;
            }

            if (IsName(language) && has.Contains(language)) continue;
            bag.Report(DiagnosticCodes.MissingLanguage, at, language, theme, ListOrNone(has));
        }
    }

    // Each language with the place to report it: its item in 'languages', or for the defaults, which are not
    // written in site.yml, the theme that lacks them.
    private static IEnumerable<(string Language, SourceLocation At)> Languages(YMapping yaml, YScalar? themeNode)
    {
        switch (yaml.Get("languages"))
        {
            case YSequence { Items.IsEmpty: false } list:
                return list.Items.OfType<YScalar>().Where(s => !s.IsNull).Select(s => (s.Value, s.Start));
            case null or YScalar { IsNull: true } or YSequence:
                var at = themeNode?.Start ?? SourceLocation.StartOf(SiteConfigLoader.FileName);
                return SiteConfigLoader.DefaultLanguages.Select(l => (l, at));
            default:
                return [];
        }
    }

    // A single folder or file name, so that a setting cannot reach outside themes/.
    private static bool IsName(string value) =>
        value.Length > 0 && value != "." && value != ".." && value.IndexOfAny(['/', '\\']) < 0;

    private static List<string> Names(string[] paths, string extension) =>
        paths.Select(p => Path.GetFileName(p)[..^extension.Length])
            .Where(n => !n.StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
