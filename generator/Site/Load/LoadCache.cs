using System.Collections.Concurrent;
using System.Security.Cryptography;
using Civic.Site.Diagnostics;
using Civic.Site.Model;

namespace Civic.Site.Load;

/// <summary>
/// Parsed content files kept between loads of one site (for <c>serve</c>), so that a load re-reads and re-parses
/// only the files whose bytes changed and replays the diagnostics of the others. A file counts as unchanged when
/// its length and last-write time are those seen when it was read; a file written within
/// <see cref="RacyWindow"/> of being read is compared by content too, because a second edit within the
/// file system's timestamp resolution would leave both the same. Files that disappear are forgotten.
/// Used by one load at a time.
/// </summary>
public sealed class LoadCache
{
    /// <summary>How close to its last write a file must be read for its timestamp alone not to be trusted.</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, CachedFile> _files = new(StringComparer.Ordinal);
    private string? _root;
    private LoadOptions? _options;
    private IReadOnlySet<string>? _trusted;
    private int _generation;
    private int _parsed;
    private int _reused;

    /// <summary>Files read and parsed by the last load (the others were taken from the cache).</summary>
    public int FilesParsed => _parsed;

    /// <summary>Files taken from the cache by the last load.</summary>
    public int FilesReused => _reused;

    /// <summary>Number of files held.</summary>
    public int Count => _files.Count;

    /// <summary>The problems found by checking one file on its own, by the file's parsed object.</summary>
    internal FileMemo<Diagnostic[]> Checks { get; } = new();

    /// <summary>The stories built from story files.</summary>
    internal FileMemo<Story> Stories { get; } = new();

    /// <summary>The records built from record files.</summary>
    internal FileMemo<DataRecord> Records { get; } = new();

    /// <summary>Forgets every file, e.g. after a change the file stamps cannot show.</summary>
    public void Clear() => _files.Clear();

    /// <summary>
    /// What changed since the last load, as root-relative paths of files or folders reported by a file watcher, for
    /// the next load only: a file kept here that is neither on the list nor under a folder on it is taken without
    /// looking at its stamp. Null (the default) when nothing is known, and every file's stamp is compared.
    /// </summary>
    public IReadOnlySet<string>? Changes { get; set; }

    internal void BeginLoad(string root, LoadOptions options)
    {
        _trusted = _root == root && _options == options ? Changes : null;
        Changes = null;
        if (_root != root || _options != options) _files.Clear();
        _root = root;
        _options = options;
        _generation++;
        _parsed = 0;
        _reused = 0;
    }

    // Files not seen by this load were deleted or renamed.
    internal void EndLoad()
    {
        foreach (var (path, file) in _files)
        {
            if (file.Generation != _generation) _files.TryRemove(path, out _);
        }
    }

    /// <summary>The file as last parsed when the watcher's list of changes (<see cref="Changes"/>) leaves it out.</summary>
    internal ParsedFile? TryReuseUnchanged(string path, string kind)
    {
        if (_trusted is not { } changes || MayHaveChanged(path, changes)
            || !_files.TryGetValue(path, out var cached) || cached.Kind != kind)
        {
            return null;
        }

        cached.Generation = _generation;
        Interlocked.Increment(ref _reused);
        return cached.File;
    }

    internal ParsedFile? TryReuse(string path, string kind, string fullPath, FileStamp stamp)
    {
        if (!_files.TryGetValue(path, out var cached) || cached.Kind != kind || cached.Stamp != stamp) return null;
        if (cached.Hash is not null)
        {
            var checkedAt = DateTime.UtcNow;
            if (!HashOf(fullPath).AsSpan().SequenceEqual(cached.Hash)) return null;
            if (!IsRacy(stamp, checkedAt)) cached.Hash = null;
        }
        cached.Generation = _generation;
        Interlocked.Increment(ref _reused);
        return cached.File;
    }

    /// <summary>
    /// The hash of a file written just before <paramref name="stampedAt"/>, to be taken after the stamp and before
    /// the file is read for parsing; null for an older file, whose stamp is enough.
    /// </summary>
    internal static byte[]? HashIfRacy(string fullPath, FileStamp stamp, DateTime stampedAt) =>
        IsRacy(stamp, stampedAt) ? HashOf(fullPath) : null;

    internal void Store(string path, string kind, FileStamp stamp, byte[]? hash, ParsedFile file)
    {
        _files[path] = new CachedFile(kind, stamp, hash, file, _generation);
        Interlocked.Increment(ref _parsed);
    }

    // A folder on the list (created, deleted or renamed as a whole) covers every file under it.
    private static bool MayHaveChanged(string path, IReadOnlySet<string> changes)
    {
        for (var end = path.Length; end > 0; end = path.LastIndexOf('/', end - 1))
        {
            if (changes.Contains(path[..end])) return true;
        }
        return false;
    }

    private static bool IsRacy(FileStamp stamp, DateTime readAt) => stamp.LastWriteUtc >= readAt - RacyWindow;

    private static byte[] HashOf(string fullPath)
    {
        try
        {
            return SHA256.HashData(File.ReadAllBytes(fullPath));
        }
        catch (IOException)
        {
            return [];
        }
    }

    // Each entry is touched by one thread at a time: the one reading its file.
    private sealed class CachedFile(string kind, FileStamp stamp, byte[]? hash, ParsedFile file, int generation)
    {
        public string Kind { get; } = kind;

        public FileStamp Stamp { get; } = stamp;

        /// <summary>The content's hash while the stamp alone cannot be trusted, else null.</summary>
        public byte[]? Hash { get; set; } = hash;

        public ParsedFile File { get; } = file;

        /// <summary>The last load that saw the file.</summary>
        public int Generation { get; set; } = generation;
    }
}
