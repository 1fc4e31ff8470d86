namespace Civic.TestKit;

/// <summary>A site in a fresh temporary folder, from inline files and/or a copied fixture; deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    /// <summary>Absolute path of the site root.</summary>
    public string Root { get; }

    /// <summary>An empty site folder.</summary>
    public static TempSite Empty()
    {
        var root = Path.Combine(Path.GetTempPath(), "civic-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        return new TempSite(root);
    }

    /// <summary>A copy of the repository's own site (site.yml, synonyms.yml, data, content, themes), to build and break freely.</summary>
    public static TempSite CopyOfRepositorySite()
    {
        var site = Empty();
        File.Copy(RepoPaths.Combine("site.yml"), Path.Combine(site.Root, "site.yml"));
        File.Copy(RepoPaths.Combine("synonyms.yml"), Path.Combine(site.Root, "synonyms.yml"));
        foreach (var folder in new[] { "data", "content", "themes" })
        {
            CopyFolder(RepoPaths.Combine(folder), Path.Combine(site.Root, folder));
        }

        return site;
    }

    /// <summary>A site made of <paramref name="files"/> (relative path → UTF-8 text).</summary>
    public static TempSite From(IReadOnlyDictionary<string, string> files)
    {
        var site = Empty();
        foreach (var (path, text) in files) site.Write(path, text);
        return site;
    }

    /// <summary>A copy of the fixture folder <paramref name="source"/>.</summary>
    public static TempSite CopyOf(string source)
    {
        var site = Empty();
        CopyFolder(source, site.Root);
        return site;
    }

    /// <summary>Adds the repository's themes/ folder, for a fixture of content alone that is to be rendered.</summary>
    public TempSite WithRepositoryThemes()
    {
        CopyFolder(RepoPaths.Combine("themes"), Path.Combine(Root, "themes"));
        return this;
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
    }

    /// <summary>Writes (or replaces) a text file, creating folders.</summary>
    public TempSite Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    /// <summary>Writes raw bytes.</summary>
    public TempSite WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    /// <summary>Deletes a file.</summary>
    public TempSite Delete(string relativePath)
    {
        File.Delete(Path.Combine(Root, relativePath));
        return this;
    }

    /// <summary>Reads a file as text.</summary>
    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
