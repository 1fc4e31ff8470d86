using Civic.Templating.Runtime;

namespace Civic.Site.Render;

/// <summary>
/// Resolves <c>include 'partials/x.sbn'</c> inside the theme folder only. Template paths are site-relative
/// ("themes/default/partials/x.sbn") so that template positions become diagnostics without translation.
/// </summary>
public sealed class ThemeTemplateLoader(ThemeFiles theme) : ITemplateLoader
{
    public string? ResolvePath(string name, string callerPath)
    {
        var themePath = name.Replace('\\', '/').TrimStart('/');
        if (themePath.Split('/').Any(s => s is ".." or "." or ""))
        {
            return null;
        }

        if (!themePath.EndsWith(".sbn", StringComparison.Ordinal))
        {
            themePath += ".sbn";
        }

        return theme.SitePath(themePath);
    }

    public string? Load(string path) =>
        path.StartsWith(theme.RelativeRoot + "/", StringComparison.Ordinal) ? theme.ReadText(path[(theme.RelativeRoot.Length + 1)..]) : null;
}
