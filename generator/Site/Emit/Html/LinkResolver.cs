namespace Civic.Site.Emit.Html;

/// <summary>Turns an href on a page into the site path it leads to, without touching the disk.</summary>
/// <param name="basePath">The path the site is served under, "/" or "/sub/".</param>
public sealed class LinkResolver(string basePath)
{
    // Compared with decoded hrefs, so decoded too: a base path of /中文/ is written /%E4%B8%AD%E6%96%87/ in the pages.
    private readonly string _basePath = Uri.UnescapeDataString(basePath.EndsWith('/') ? basePath : basePath + "/");

    /// <param name="page">The site path of the page holding the link, e.g. <c>stories/a/index.html</c>.</param>
    /// <param name="href">The attribute's value as written.</param>
    public LinkTarget Resolve(string page, string href)
    {
        var value = href.Trim();
        if (value.Length == 0 || IsExternal(value))
        {
            return new LinkTarget(false, null, null);
        }

        var hash = value.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(value[(hash + 1)..]) : null;
        var pathPart = hash >= 0 ? value[..hash] : value;
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        if (pathPart.Length == 0)
        {
            return new LinkTarget(true, page, fragment);
        }

        return new LinkTarget(true, SitePath(page, Uri.UnescapeDataString(pathPart)), fragment);
    }

    private string? SitePath(string page, string path)
    {
        string sitePath;
        if (path.StartsWith('/'))
        {
            if (!path.StartsWith(_basePath, StringComparison.Ordinal) && path + "/" != _basePath)
            {
                return null;
            }

            sitePath = path.Length >= _basePath.Length ? path[_basePath.Length..] : string.Empty;
        }
        else
        {
            var pageDir = page.Contains('/') ? page[..(page.LastIndexOf('/') + 1)] : string.Empty;
            sitePath = pageDir + path;
        }

        return Normalise(sitePath);
    }

    /// <summary>Resolves "." and ".." segments; null when the path climbs above the site root.</summary>
    private static string? Normalise(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal) && !path.StartsWith('.') && !path.Contains("//", StringComparison.Ordinal))
        {
            return path;
        }

        var segments = new List<string>();
        var parts = path.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (part != "." && (part.Length > 0 || i == parts.Length - 1))
            {
                segments.Add(part);
            }
        }

        return string.Join('/', segments);
    }

    private static bool IsExternal(string value)
    {
        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            return true;
        }

        var colon = value.IndexOf(':');
        var slash = value.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (slash < 0 || colon < slash);
    }
}
