using Civic.Site.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Civic.Site.Render;

/// <summary>
/// A theme folder: layouts/ and partials/ (.sbn), assets/ (copied as they are) and i18n/&lt;lang&gt;.yml.
/// Strings missing from a language fall back to the default language's, then to the key itself.
/// </summary>
public sealed class ThemeFiles
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _own = new(StringComparer.Ordinal);

    private ThemeFiles(string root, string relativeRoot)
    {
        Root = root;
        RelativeRoot = relativeRoot;
    }

    /// <summary>Absolute path of the theme folder.</summary>
    public string Root { get; }

    /// <summary>The theme folder relative to the site root, for messages ("themes/default").</summary>
    public string RelativeRoot { get; }

    public static ThemeFiles Load(string siteRoot, string theme, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var relative = "themes/" + theme;
        var files = new ThemeFiles(Path.Combine(siteRoot, "themes", theme), relative);
        var fallback = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in languages)
        {
            var strings = files.ReadStrings(language, diagnostics);
            files._own[language] = [.. strings.Keys];
            foreach (var pair in fallback)
            {
                strings.TryAdd(pair.Key, pair.Value);
            }

            if (fallback.Count == 0)
            {
                foreach (var pair in strings)
                {
                    fallback[pair.Key] = pair.Value;
                }
            }

            files._strings[language] = strings;
        }

        return files;
    }

    /// <summary>Interface strings of a language.</summary>
    public IReadOnlyDictionary<string, string> Strings(string language) =>
        _strings.TryGetValue(language, out var s) ? s : new Dictionary<string, string>();

    /// <summary>Whether the language's own i18n file has the key (not the default language's text standing in for it).</summary>
    public bool HasOwnString(string language, string key) => _own.TryGetValue(language, out var keys) && keys.Contains(key);

    /// <summary>A theme-relative template path ("layouts/story.sbn") as a path relative to the site root.</summary>
    public string SitePath(string themePath) => RelativeRoot + "/" + themePath;

    public bool Exists(string themePath) => File.Exists(FullPath(themePath));

    public string? ReadText(string themePath)
    {
        var full = FullPath(themePath);
        return full is not null && File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>Asset files as (absolute path, output path), sorted so that output is deterministic.</summary>
    public IReadOnlyList<(string Source, string Output)> Assets()
    {
        var assets = Path.Combine(Root, "assets");
        if (!Directory.Exists(assets))
        {
            return [];
        }

        return Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
            .Select(f => (f, "assets/" + Path.GetRelativePath(assets, f).Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(a => a.Item2, StringComparer.Ordinal)
            .ToList();
    }

    private string? FullPath(string themePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, themePath));
        return full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    private Dictionary<string, string> ReadStrings(string language, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var path = "i18n/" + language + ".yml";
        var text = ReadText(path);
        if (text is null)
        {
            return result;
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode k && value is YamlScalarNode v && k.Value is not null)
                    {
                        result[k.Value] = v.Value ?? string.Empty;
                    }
                }
            }
        }
        catch (YamlException e)
        {
            var location = new SourceLocation(SitePath(path), (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
            diagnostics.Report(BuildDiagnosticCodes.ThemeStrings, location, e.Message);
        }

        return result;
    }
}
