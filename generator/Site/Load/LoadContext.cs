using Civic.Site.Diagnostics;

namespace Civic.Site.Load;

/// <summary>What every loader needs: the site root, the limits, and where to put diagnostics and texts.</summary>
public sealed class LoadContext(string root, LoadOptions options, DiagnosticBag diagnostics, SourceTextSet sources)
{
    /// <summary>Absolute path of the site root.</summary>
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>Safety limits.</summary>
    public LoadOptions Options { get; } = options;

    /// <summary>Where problems go.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Texts of the files read, for the formatter.</summary>
    public SourceTextSet Sources { get; } = sources;

    /// <summary>A fresh context with default limits.</summary>
    public static LoadContext Create(string root, LoadOptions? options = null) =>
        new(root, options ?? LoadOptions.Default, new DiagnosticBag(), new SourceTextSet());

    /// <summary>The path of <paramref name="fullPath"/> relative to the root, with '/' separators.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>The absolute path of a root-relative path.</summary>
    public string Full(string relativePath) => Path.Combine(Root, relativePath);
}
