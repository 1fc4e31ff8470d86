using Civic.Site.Render;

namespace Civic.Site;

/// <summary>
/// State kept between builds of one <c>serve</c> run so that a rebuild redoes only what changed: rendered Markdown
/// by body, rendered pages by the fingerprint of their variables. A one-off <c>build</c> uses a fresh session.
/// </summary>
public sealed class BuildSession
{
    public MarkdownCache Markdown { get; } = new();

    public RenderCache Pages { get; } = new();

    /// <summary>Call when a theme file changed: every page depends on the theme.</summary>
    public void ThemeChanged() => Pages.Clear();
}
