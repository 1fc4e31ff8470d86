namespace Civic.Site.Diagnostics;

/// <summary>
/// Diagnostics of the Render and Emit stages (CIV4xxx), in the same shape as <see cref="DiagnosticCodes"/>.
/// Kept in their own file so that the two stages' message catalogues can grow without touching each other.
/// </summary>
public static class BuildDiagnosticCodes
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    /// <summary>An internal link whose target is not in the built site. Args: href, the pages that show it ("page /a/").</summary>
    public static readonly DiagnosticDescriptor BrokenLink = new("CIV4001", E,
        "broken link '{0}' on {1}",
        "the target is not in the built site: check the id or path, the heading named after '#' on that page, and that the target is not a draft");

    /// <summary>A Markdown link with a scheme that could run script or load from another host. Args: url.</summary>
    public static readonly DiagnosticDescriptor UnsafeLink = new("CIV4002", W,
        "link '{0}' was removed",
        "content may link to http:, https: and mailto: addresses and to pages of the site");

    /// <summary>A template the parser rejects. Args: the parser's message.</summary>
    public static readonly DiagnosticDescriptor TemplateSyntax = new("CIV4003", E,
        "template syntax error: {0}",
        "fix the template at this position; the theme uses the Scriban language");

    /// <summary>A template that fails while rendering. Args: message, page URL.</summary>
    public static readonly DiagnosticDescriptor TemplateRuntime = new("CIV4004", E,
        "template error while rendering {1}: {0}",
        "check the variable names used here against the page model of this layout");

    /// <summary>A layout the build needs and the theme lacks. Args: layout file.</summary>
    public static readonly DiagnosticDescriptor MissingLayout = new("CIV4005", E,
        "the theme has no layout '{0}'",
        "add the file, or switch to a theme that has it");

    /// <summary>An i18n file that cannot be read. Args: problem.</summary>
    public static readonly DiagnosticDescriptor ThemeStrings = new("CIV4006", E,
        "interface strings cannot be read: {0}",
        "an i18n file is a flat YAML mapping of 'key: text' lines");

    /// <summary>The output folder cannot be written or swapped. Args: problem.</summary>
    public static readonly DiagnosticDescriptor OutputFailed = new("CIV4007", E,
        "cannot write the output: {0}",
        "check that the output folder is writable and not open in another program");

    /// <summary>Two pages that would be written to the same URL. Args: URL, the other page's source.</summary>
    public static readonly DiagnosticDescriptor UrlClash = new("CIV4008", E,
        "this page's URL {0} is already taken by {1}",
        "rename the file: page slugs must not equal a section of the site (stories, data, communities …)");

    /// <summary>An allowed value that record pages show with no label in a language. Args: key, dataset and field.</summary>
    public static readonly DiagnosticDescriptor MissingEnumLabel = new("CIV4009", W,
        "no label for '{0}' ({1}) in this language",
        "add a line '{0}: …' here; until then pages show the raw value, or the default language's label");

    /// <summary>No 'theme' key in site.yml, and no folder for the default theme. Args: default theme, themes present.</summary>
    public static readonly DiagnosticDescriptor NoTheme = new("CIV4010", E,
        "site.yml names no theme, and the default theme '{0}' is not there: there is no folder themes/{0}/",
        "add 'theme: <name>' to site.yml for a theme under themes/, or copy the default theme to themes/{0}/; themes: {1}");

    /// <summary>An HTML tag written in Markdown, which the page shows as text. Args: the tag.</summary>
    public static readonly DiagnosticDescriptor RawHtml = new("CIV4011", W,
        "HTML '{0}' is shown as text, not used as HTML",
        "stories and pages are Markdown only: write **bold**, [text](url), lists and | tables |; to show the tag itself, put it in `backticks`");

    /// <summary>A Markdown image at an absolute address: pages load nothing from other hosts. Args: url.</summary>
    public static readonly DiagnosticDescriptor RemoteImage = new("CIV4012", W,
        "image '{0}' is on another host, so the page shows a link to it instead",
        "pages load nothing from other hosts; write it as a link, [描述](url), to say so, or leave the image out");

    /// <summary>Every Render/Emit descriptor.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [BrokenLink, UnsafeLink, TemplateSyntax, TemplateRuntime, MissingLayout, ThemeStrings, OutputFailed, UrlClash, MissingEnumLabel, NoTheme, RawHtml, RemoteImage];
}
