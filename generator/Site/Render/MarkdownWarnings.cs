using Civic.Site.Diagnostics;
using Civic.Site.Load;
using Civic.Site.Model;

namespace Civic.Site.Render;

/// <summary>
/// The warnings of Markdown bodies (an unsafe link, a raw HTML tag, a remote image) for a site that did not
/// validate. They depend on the body alone, so the editor gets them in the same run as the errors instead of
/// one run later. A site that validates never comes here: its pages report them as they render, each body once.
/// </summary>
public static class MarkdownWarnings
{
    /// <summary>
    /// Renders the body of every story and page a build would show into <paramref name="markdown"/> (so a later
    /// build under serve finds them rendered), reporting their warnings into <paramref name="bag"/>.
    /// </summary>
    /// <param name="baseUrl">The base URL the build would use (<c>--base-url</c>), or null for site.yml's.</param>
    public static void Report(LoadedSite site, MarkdownCache markdown, string? baseUrl, bool includeDrafts, DiagnosticBag bag)
    {
        var config = site.Config;
        var urls = new SiteUrls(baseUrl ?? config?.BaseUrl ?? "/", config?.Languages ?? []);
        // Translations are shown only when the site has a second language; without a usable site.yml, assume it has.
        var translations = config is null || config.Languages.Length > 1;
        var drafts = includeDrafts ? [] : site.Stories.Where(s => !s.IsTranslation && SiteModelBuilder.Flag(s.FrontMatter, "draft")).Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        var bodies = site.Stories.Where(s => !drafts.Contains(s.Slug)).Concat(site.Pages)
            .Where(f => translations || !f.IsTranslation)
            .ToList();

        markdown.Diagnostics = bag;
        markdown.Root = site.Root;
        Parallel.ForEach(bodies, file => markdown.Render(file.Body, urls.BasePath, file.Path));
    }
}
