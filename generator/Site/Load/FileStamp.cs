namespace Civic.Site.Load;

/// <summary>What the file system says about a file without reading it: its length and last-write time.</summary>
/// <param name="Length">Length in bytes, or -1 when the file does not exist.</param>
/// <param name="LastWriteUtc">Last write time.</param>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The stamp of <paramref name="fullPath"/> now.</summary>
    public static FileStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : new FileStamp(-1, default);
    }
}
