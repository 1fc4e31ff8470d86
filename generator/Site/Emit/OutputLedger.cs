using System.Collections.Concurrent;

namespace Civic.Site.Emit;

/// <summary>
/// What the folders a serve session builds into hold: each file's content hash by site path, for each folder. A
/// <see cref="StagingFolder"/> that reuses a folder known here compares a file's new content with its hash instead of
/// reading the file, and finds the files the new build no longer writes without walking the folder. A folder whose
/// contents are not known for sure (a build that failed part-way) is forgotten, and is then read as before.
/// </summary>
public sealed class OutputLedger
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, UInt128>> _folders = new(StringComparer.Ordinal);

    /// <summary>The files of a folder (absolute path) and their hashes, or null when not known.</summary>
    public IReadOnlyDictionary<string, UInt128>? Contents(string folder) => _folders.GetValueOrDefault(folder);

    public void Record(string folder, IReadOnlyDictionary<string, UInt128> contents) => _folders[folder] = contents;

    public void Forget(string folder) => _folders.TryRemove(folder, out _);
}
