using Civic.TestKit;

namespace Civic.Site.Tests.Render;

/// <summary>The repository's own site built once into a temporary folder, for tests that only read its pages.</summary>
public sealed class BuiltBundledSite : IDisposable
{
    public BuiltBundledSite()
    {
        OutputDir = Directory.CreateTempSubdirectory("civic-pages-").FullName;
        var result = BuildPipeline.Run(new BuildOptions(RepoPaths.Root, OutputDir));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the bundled site does not build:\n" + string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        }
    }

    public string OutputDir { get; }

    /// <summary>The HTML of the page at a site path ("/en/stories/").</summary>
    public string Html(string url) => File.ReadAllText(Path.Combine(OutputDir, url.Trim('/'), "index.html"));

    /// <summary>Every HTML page as (site path of the file, HTML), in a stable order.</summary>
    public IEnumerable<(string Path, string Html)> Pages() =>
        Directory.GetFiles(OutputDir, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputDir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllText(Path.Combine(OutputDir, p))));

    public void Dispose() => Directory.Delete(OutputDir, recursive: true);
}
