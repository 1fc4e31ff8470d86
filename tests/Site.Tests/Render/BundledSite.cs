using Civic.TestKit;

namespace Civic.Site.Tests.Render;

/// <summary>A temporary copy of the repository's own site (site.yml, data, content, themes) to build and break.</summary>
internal static class BundledSite
{
    public static TempSite Copy() => TempSite.CopyOfRepositorySite();

    /// <summary>Every file under a folder with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
