using Civic.Site.Diagnostics;
using Civic.Site.Load.Yaml;

namespace Civic.Site.Load;

/// <summary>What every loader needs: the site root, the limits, and where to put diagnostics and texts.</summary>
public sealed class LoadContext
{
    /// <summary>Makes a context; <paramref name="root"/> may be relative.</summary>
    public LoadContext(string root, LoadOptions options, DiagnosticBag diagnostics, SourceTextSet sources)
        : this(Path.GetFullPath(root), options, diagnostics, sources, null, new StringPool())
    {
    }

    private DiagnosticBag? _diagnostics;

    private LoadContext(string fullRoot, LoadOptions options, DiagnosticBag? diagnostics, SourceTextSet sources, LoadCache? cache, StringPool strings)
    {
        Strings = strings;
        Root = fullRoot;
        Options = options;
        _diagnostics = diagnostics;
        Sources = sources;
        Cache = cache;
    }

    /// <summary>Absolute path of the site root.</summary>
    public string Root { get; }

    /// <summary>Safety limits.</summary>
    public LoadOptions Options { get; }

    /// <summary>Where problems go.</summary>
    // A context for one file makes its bag only when the file has a problem, which most files do not.
    public DiagnosticBag Diagnostics => _diagnostics ??= new DiagnosticBag();

    /// <summary>True when a problem was reported into this context.</summary>
    internal bool HasDiagnostics => _diagnostics is { Count: > 0 };

    /// <summary>Texts of the files read, for the formatter.</summary>
    public SourceTextSet Sources { get; }

    /// <summary>Parsed files kept from an earlier load, or null to read every file.</summary>
    internal LoadCache? Cache { get; set; }

    /// <summary>One copy of each short text read in this load, shared by the files read on their own.</summary>
    internal StringPool Strings { get; }

    /// <summary>A fresh context with default limits.</summary>
    public static LoadContext Create(string root, LoadOptions? options = null) =>
        new(root, options ?? LoadOptions.Default, new DiagnosticBag(), new SourceTextSet());

    /// <summary>
    /// A context for reading one file on its own: same root and limits, but its own diagnostics and texts, so
    /// files can be read in parallel, and what each gave kept with it and merged in file order.
    /// </summary>
    internal LoadContext ForOneFile() => new(Root, Options, null, new SourceTextSet(), null, Strings);

    /// <summary>The path of <paramref name="fullPath"/> relative to the root, with '/' separators.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>The absolute path of a root-relative path.</summary>
    public string Full(string relativePath) => Path.Combine(Root, relativePath);
}
