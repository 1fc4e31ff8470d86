using Civic.TestKit;

namespace Civic.Site.BrowserTests;

/// <summary>A temporary copy of the repository's site, so that tests can build and edit it freely.</summary>
internal static class SiteCopy
{
    public static TempSite Create()
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
}
