using System.Collections.Immutable;

namespace Civic.Site.Model;

/// <summary>The settings in <c>site.yml</c>; see docs/content-model.md.</summary>
/// <param name="Title">Site title.</param>
/// <param name="Description">One or two sentences about the site, or null.</param>
/// <param name="BaseUrl">Absolute URL the site is published at, always ending with '/'.</param>
/// <param name="Languages">Language codes; the first is the default, served at '/', the others at '/&lt;lang&gt;/'.</param>
/// <param name="Publisher">Who publishes the site, or null.</param>
/// <param name="Licence">The licence of content and data.</param>
/// <param name="Theme">Theme folder name under themes/.</param>
/// <param name="Output">Output folder, relative to the site root.</param>
/// <param name="RecordPages">Datasets whose records each get a page.</param>
/// <param name="StoriesPerPage">Stories per page on the story list.</param>
/// <param name="TermStoriesPerPage">Stories per page on district and topic pages (each page repeats the header and footer, so more than the story list).</param>
/// <param name="EditUrl">
/// Where a source file can be edited, ending with '/': a page's source path (content/stories/x.md) appended to it
/// gives its edit link. Null (no edit links) unless site.yml sets <c>edit_url</c>.
/// </param>
public sealed record SiteConfig(
    LocalizedText Title,
    LocalizedText? Description,
    string BaseUrl,
    ImmutableArray<string> Languages,
    LocalizedText? Publisher,
    Licence Licence,
    string Theme,
    string Output,
    ImmutableArray<string> RecordPages,
    int StoriesPerPage,
    int TermStoriesPerPage = 50,
    string? EditUrl = null)
{
    /// <summary>The default language, served at the site root.</summary>
    public string DefaultLanguage => Languages.IsDefaultOrEmpty ? "zh-Hans" : Languages[0];
}
