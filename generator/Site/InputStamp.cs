namespace Civic.Site;

/// <summary>
/// A cheap fingerprint of some input files (path, size, last write time), so <c>serve</c> can tell that the files
/// behind an output did not change since the last build and reuse the output.
/// </summary>
public static class InputStamp
{
    /// <summary>The stamp of every file under <paramref name="folders"/> and of <paramref name="files"/>, relative to <paramref name="root"/>.</summary>
    public static string Of(string root, IEnumerable<string> folders, IEnumerable<string> files)
    {
        var entries = new List<string>();
        foreach (var folder in folders)
        {
            var full = Path.Combine(root, folder);
            if (Directory.Exists(full))
            {
                entries.AddRange(Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories));
            }
        }

        entries.AddRange(files.Select(f => Path.Combine(root, f)).Where(File.Exists));
        entries.Sort(StringComparer.Ordinal);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var entry in entries)
        {
            var info = new FileInfo(entry);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{entry}\0{info.Length}\0{info.LastWriteTimeUtc.Ticks}\n"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
