using System.Buffers;

namespace Civic.Site.Emit;

/// <summary>How a staging folder that reuses the spare tells what it already holds, and removes what it no longer should.</summary>
public sealed partial class StagingFolder
{
    /// <summary>
    /// Records the hash of the content about to be written, and tells whether the reused folder is known to hold that
    /// very content already (the file then counts as written).
    /// </summary>
    private bool Unchanged(string relativePath, UInt128 hash)
    {
        _hashes![relativePath] = hash;
        if (_known is null || !_known.TryGetValue(relativePath, out var held) || held != hash)
        {
            return false;
        }

        MarkWritten(relativePath);
        return true;
    }

    /// <summary>Whether the file left by an earlier build already holds exactly these bytes.</summary>
    private static bool HasBytes(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read);
            if (RandomAccess.GetLength(handle) != bytes.Length)
            {
                return false;
            }

            var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, bytes.Length));
            try
            {
                var read = 0;
                while (read < bytes.Length)
                {
                    var n = RandomAccess.Read(handle, buffer.AsSpan(read, bytes.Length - read), read);
                    if (n == 0)
                    {
                        return false;
                    }

                    read += n;
                }

                return buffer.AsSpan(0, bytes.Length).SequenceEqual(bytes);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Removes what an earlier build left in a reused folder and this build did not write.</summary>
    private void RemoveLeftovers()
    {
        if (!_reused)
        {
            return;
        }

        if (_known is not null)
        {
            RemoveKnownLeftovers(_known);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            if (!_written.ContainsKey(Path.GetRelativePath(Root, file).Replace(Path.DirectorySeparatorChar, '/')))
            {
                File.Delete(file);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories).OrderByDescending(f => f.Length))
        {
            if (!_folders.ContainsKey(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>Removes the files the folder is known to hold that this build did not write, and the folders they leave empty.</summary>
    private void RemoveKnownLeftovers(IReadOnlyDictionary<string, UInt128> known)
    {
        var emptied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var relativePath in known.Keys.Where(p => !_written.ContainsKey(p)))
        {
            var path = PathOf(relativePath);
            File.Delete(path);
            emptied.Add(Path.GetDirectoryName(path)!);
        }

        // Deepest first, so a folder whose only content was an emptied folder goes too.
        foreach (var folder in emptied.Reverse())
        {
            for (var at = folder; at.Length > Root.Length && Directory.Exists(at) && !Directory.EnumerateFileSystemEntries(at).Any(); at = Path.GetDirectoryName(at)!)
            {
                Directory.Delete(at);
            }
        }
    }
}
