using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Civic.Site.Emit;

/// <summary>
/// The build writes here, a hidden sibling of the output folder (same file system, so the final rename is atomic
/// on one volume), and the result replaces the output folder only on <see cref="Commit"/>. A failed build calls
/// <see cref="Dispose"/> without committing and the previous site stays untouched.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagingFolder(string target)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(target));
        Directory.CreateDirectory(parent);
        Root = Path.Combine(parent, ".civic-tmp-" + Path.GetFileName(_target) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Root);
    }

    /// <summary>Absolute path of the staging folder.</summary>
    public string Root { get; }

    /// <summary>The folder the site ends up in.</summary>
    public string Target => _target;

    /// <summary>Absolute path for a site-relative output path such as <c>stories/index.html</c>.</summary>
    public string PathOf(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Output path '{relativePath}' leaves the output folder.", nameof(relativePath));
        }

        return full;
    }

    /// <summary>Writes UTF-8 text without a byte-order mark, with LF line ends as given. Safe from many threads for distinct paths.</summary>
    public void WriteText(string relativePath, string text)
    {
        // Pages are written by the thousand from render threads: encode into a pooled buffer, not a new array each.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8NoBom.GetBytes(text, buffer);
            WriteBytes(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = PathOf(relativePath);
        EnsureFolder(path);
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, bytes.Length);
        RandomAccess.Write(handle, bytes, 0);
    }

    public void CopyFile(string source, string relativePath)
    {
        var path = PathOf(relativePath);
        EnsureFolder(path);
        File.Copy(source, path, overwrite: false);
    }

    private void EnsureFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            // Created before it is remembered, so no thread skips a folder another is still creating.
            Directory.CreateDirectory(folder);
            _folders.TryAdd(folder, 0);
        }
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    /// <param name="removePreviousInBackground">Delete the replaced site on a background task (serve, where the process lives on).</param>
    public void Commit(bool removePreviousInBackground = false)
    {
        if (_committed)
        {
            throw new InvalidOperationException("The staging folder was already committed.");
        }

        string? old = null;
        if (Directory.Exists(_target))
        {
            old = Root + "-old";
            Directory.Move(_target, old);
        }

        try
        {
            Directory.Move(Root, _target);
        }
        catch
        {
            if (old is not null)
            {
                Directory.Move(old, _target);
            }

            throw;
        }

        _committed = true;
        if (old is not null)
        {
            if (removePreviousInBackground)
            {
                _ = Task.Run(() => Directory.Delete(old, recursive: true));
            }
            else
            {
                Directory.Delete(old, recursive: true);
            }
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
