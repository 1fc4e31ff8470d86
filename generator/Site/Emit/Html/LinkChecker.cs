using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace Civic.Site.Emit.Html;

/// <summary>
/// Finds internal links in the rendered HTML that lead nowhere: a missing file, or a missing #fragment on a page of
/// the site. Links to other hosts are not followed (the build makes no request).
/// </summary>
public sealed class LinkChecker
{
    private static readonly (string Tag, string Attribute)[] Targets =
    [
        ("a", "href"), ("area", "href"), ("link", "href"), ("img", "src"), ("script", "src"), ("source", "src"),
    ];

    private readonly string _root;
    private readonly string _basePath;
    private readonly Dictionary<string, HashSet<string>> _idsByPage = new(StringComparer.Ordinal);
    private HashSet<string> _files = new(StringComparer.Ordinal);

    /// <param name="root">The folder holding the whole built site.</param>
    /// <param name="basePath">The path the site is served under, "/" or "/sub/".</param>
    public LinkChecker(string root, string basePath)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath.EndsWith('/') ? basePath : basePath + "/";
    }

    /// <summary>Checks every .html file under the root, in a stable order.</summary>
    /// <param name="rendered">Pages already in memory (output path → HTML), read from here instead of the disk.</param>
    /// <param name="cache">Scans of earlier builds; a page whose HTML is the very same string is not scanned again.</param>
    public IReadOnlyList<BrokenLink> CheckAll(IReadOnlyDictionary<string, string>? rendered = null, LinkScanCache? cache = null)
    {
        // One listing of the output answers every "does this target exist" question without touching the disk again.
        _files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_root, p).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
        var pages = _files.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var scanned = new (HashSet<string> Ids, List<(string Href, string Element)> Links)[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var html = rendered is not null && rendered.TryGetValue(pages[i], out var text) ? text : File.ReadAllText(Path.Combine(_root, pages[i]));
            scanned[i] = cache is null ? Scan(html) : cache.GetOrScan(pages[i], html, Scan);
        });
        for (var i = 0; i < pages.Count; i++)
        {
            _idsByPage[pages[i]] = scanned[i].Ids;
        }

        var broken = new List<BrokenLink>();
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var (href, element) in scanned[i].Links)
            {
                if (!Resolves(pages[i], href))
                {
                    broken.Add(new BrokenLink(pages[i], href, element));
                }
            }
        }

        return broken;
    }

    /// <summary>
    /// One pass of AngleSharp's HTML tokenizer (no tree: the links and ids are all in start tags, and building the
    /// DOM of every page costs more than the rest of the build): the ids, and the link attributes by kind.
    /// </summary>
    private static (HashSet<string> Ids, List<(string Href, string Element)> Links) Scan(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byKind = Targets.Select(_ => new List<(string, string)>()).ToArray();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            SkipRawText = true,
            SkipScriptText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag)
            {
                continue;
            }

            if (tag.GetAttribute("id") is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            for (var k = 0; k < Targets.Length; k++)
            {
                var (name, attribute) = Targets[k];
                if (tag.Name == name && tag.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    byKind[k].Add((value, name + "[" + attribute + "]"));
                }
            }

            // The tree builder normally switches these modes; without it, script and style text would be read as tags.
            tokenizer.State = tag.Name switch
            {
                "script" => HtmlParseMode.Script,
                "style" or "noscript" or "iframe" or "xmp" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                "textarea" or "title" => HtmlParseMode.RCData,
                _ => tokenizer.State,
            };
        }

        return (ids, byKind.SelectMany(l => l).ToList());
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
            if (_files.Contains(candidate))
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
