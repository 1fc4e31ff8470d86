using Civic.TestKit;

namespace Civic.Site.Tests.Render;

/// <summary>A temporary copy of the repository's own site (site.yml, data, content, themes) to build and break.</summary>
internal static class BundledSite
{
    public static TempSite Copy()
    {
        var site = TempSite.Empty();
        File.Copy(RepoPaths.Combine("site.yml"), Path.Combine(site.Root, "site.yml"));
        foreach (var folder in new[] { "data", "content", "themes" })
        {
            var source = RepoPaths.Combine(folder);
            foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(site.Root, folder, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        return site;
    }

    /// <summary>Every file under a folder with its bytes, keyed by relative path.</summary>
    public static SortedDictionary<string, byte[]> Snapshot(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
