using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Civic.Site.Emit.Html;

/// <summary>
/// Finds internal links in the rendered HTML that lead nowhere: a missing file, or a missing #fragment on a page of
/// the site. Links to other hosts are not followed (the build makes no request).
/// </summary>
public sealed class LinkChecker
{
    private static readonly (string Selector, string Attribute)[] Targets =
    [
        ("a[href]", "href"), ("area[href]", "href"), ("link[href]", "href"),
        ("img[src]", "src"), ("script[src]", "src"), ("source[src]", "src"),
    ];

    private readonly string _root;
    private readonly string _basePath;
    private readonly Dictionary<string, HashSet<string>> _idsByPage = new(StringComparer.Ordinal);

    /// <param name="root">The folder holding the whole built site.</param>
    /// <param name="basePath">The path the site is served under, "/" or "/sub/".</param>
    public LinkChecker(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath.EndsWith('/') ? basePath : basePath + "/";
    }

    /// <summary>Checks every .html file under the root, in a stable order.</summary>
    public IReadOnlyList<BrokenLink> CheckAll()
    {
        var pages = Directory.EnumerateFiles(_root, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var parser = new HtmlParser();
        var documents = new Dictionary<string, IHtmlDocument>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_root, page)));
            documents[page] = document;
            _idsByPage[page] = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        }

        var broken = new List<BrokenLink>();
        foreach (var page in pages)
        {
            foreach (var (selector, attribute) in Targets)
            {
                foreach (var element in documents[page].QuerySelectorAll(selector))
                {
                    var href = element.GetAttribute(attribute)!;
                    if (!Resolves(page, href))
                    {
                        broken.Add(new BrokenLink(page, href, selector));
                    }
                }
            }
        }

        return broken;
    }

    private bool Resolves(string page, string href)
    {
        var value = href.Trim();
        if (value.Length == 0 || IsExternal(value))
        {
            return true;
        }

        var hash = value.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(value[(hash + 1)..]) : null;
        var pathPart = hash >= 0 ? value[..hash] : value;
        var query = pathPart.IndexOf('?');
        if (query >= 0)
        {
            pathPart = pathPart[..query];
        }

        string? target;
        if (pathPart.Length == 0)
        {
            target = page;
        }
        else
        {
            target = ResolveFile(page, Uri.UnescapeDataString(pathPart));
            if (target is null)
            {
                return false;
            }
        }

        if (string.IsNullOrEmpty(fragment) || !target.EndsWith(".html", StringComparison.Ordinal))
        {
            return true;
        }

        return _idsByPage.TryGetValue(target, out var ids) && ids.Contains(fragment);
    }

    private string? ResolveFile(string page, string path)
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

        var normalised = Normalise(sitePath);
        if (normalised is null)
        {
            return null;
        }

        var candidates = normalised.Length == 0 || normalised.EndsWith('/')
            ? [normalised + "index.html"]
            : new[] { normalised, normalised + "/index.html" };
        foreach (var candidate in candidates)
        {
            if (File.Exists(Path.Combine(_root, candidate)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Resolves "." and ".." segments; null when the path climbs above the site root.</summary>
    private static string? Normalise(string path)
    {
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
