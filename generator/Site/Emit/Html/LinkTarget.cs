namespace Civic.Site.Emit.Html;

/// <summary>
/// Where a link leads inside the site. <see cref="Path"/> is site-relative and normalised; a path that is empty or
/// ends with '/' means its index.html, any other may be a file or a folder with an index.html.
/// </summary>
/// <param name="Checked">False for links the build does not follow: other hosts, mailto:, empty values.</param>
/// <param name="Path">The target path, or null when the link can never resolve (above the root, outside the base path).</param>
/// <param name="Fragment">The unescaped #fragment, or null.</param>
public readonly record struct LinkTarget(bool Checked, string? Path, string? Fragment)
{
    /// <summary>The files the link may mean, most likely first.</summary>
    public IEnumerable<string> Candidates()
    {
        if (Path is null)
        {
            yield break;
        }

        if (Path.Length == 0 || Path.EndsWith('/'))
        {
            yield return Path + "index.html";
            yield break;
        }

        yield return Path;
        yield return Path + "/index.html";
    }
}
