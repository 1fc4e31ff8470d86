using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace Civic.Site.Emit;

/// <summary>
/// The build writes here, a hidden sibling of the output folder (same file system, so the final rename is atomic
/// on one volume), and the result replaces the output folder only on <see cref="Commit"/>. A failed build calls
/// <see cref="Dispose"/> without committing and the previous site stays untouched.
/// </summary>
/// <remarks>
/// The replaced site is not deleted: it is kept beside the output as <c>.civic-spare-&lt;name&gt;</c> and becomes the
/// next build's staging folder. A file whose bytes did not change is then left as it is, and only files the new build
/// did not write are removed, so a rebuild touches the disk for what changed only (deleting and re-creating tens of
/// thousands of files took longer than the rest of a build). With an <see cref="OutputLedger"/> (serve), what the spare
/// holds is known by hash, so unchanged files are neither read nor written and leftovers are found without a walk.
/// </remarks>
public sealed partial class StagingFolder : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly string _target;
    private readonly string _spare;
    private readonly bool _reused;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);
    private readonly OutputLedger? _ledger;
    private readonly IReadOnlyDictionary<string, UInt128>? _known;
    private readonly ConcurrentDictionary<string, UInt128>? _hashes;
    private readonly bool _discard;
    private bool _committed;
    private Task? _preparing;
    private volatile bool _stopPreparing;

    /// <param name="ledger">Where serve keeps what its folders hold, or null (a one-off build).</param>
    /// <param name="discard">Record what would be written (for the link check) and write nothing: <c>check</c> renders
    /// every page without touching the output, its spare, or the disk.</param>
    public StagingFolder(string target, OutputLedger? ledger = null, bool discard = false)
    {
        _target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new ArgumentException("The output folder cannot be a root.", nameof(target));
        _spare = Path.Combine(parent, ".civic-spare-" + Path.GetFileName(_target));
        Root = Path.Combine(parent, ".civic-tmp-" + Path.GetFileName(_target) + "-" + Guid.NewGuid().ToString("N")[..8]);
        _discard = discard;
        if (discard)
        {
            return;
        }

        Directory.CreateDirectory(parent);
        try
        {
            Directory.Move(_spare, Root);
            _reused = true;
            _known = ledger?.Contents(_spare);
        }
        catch (IOException)
        {
            // No spare (first build), or another build took it: start empty.
            Directory.CreateDirectory(Root);
        }

        // From here on the spare, if any, is this folder, which this build changes.
        ledger?.Forget(_spare);
        _ledger = ledger;
        _hashes = ledger is null ? null : new(StringComparer.Ordinal);
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

    /// <summary>Every file this build wrote, as site paths: the whole output once the build is done.</summary>
    public IReadOnlySet<string> WrittenFiles => _written.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether this build wrote the file at a site path such as <c>assets/css/site.css</c>.</summary>
    public bool Wrote(string relativePath) => _written.ContainsKey(relativePath);

    /// <summary>
    /// Makes the folders of files about to be written on a background thread, so that the stages before the pages,
    /// which leave a core idle part of the time, pay for them rather than the page threads. A file whose folder is not
    /// made yet still makes it itself; a failure here is left to that file's own write to report.
    /// </summary>
    public void PrepareFolders(IReadOnlyList<string> relativePaths)
    {
        _preparing = Task.Run(() =>
        {
            try
            {
                foreach (var relativePath in relativePaths)
                {
                    if (_stopPreparing)
                    {
                        return;
                    }

                    EnsureFolder(PathOf(relativePath));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // The write of the file whose folder failed reports it, with its path, as every other write failure.
            }
        });
    }

    /// <summary>Writes UTF-8 text without a byte-order mark, with LF line ends as given. Safe from many threads for distinct paths.</summary>
    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        if (_hashes is not null && Unchanged(relativePath, XxHash128.HashToUInt128(MemoryMarshal.AsBytes(text))))
        {
            return;
        }

        // Pages are written by the thousand from render threads: encode into a pooled buffer, not a new array each.
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8NoBom.GetBytes(text, buffer);
            Store(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void WriteBytes(string relativePath, ReadOnlySpan<byte> bytes)
    {
        if (_hashes is not null && Unchanged(relativePath, XxHash128.HashToUInt128(bytes)))
        {
            return;
        }

        Store(relativePath, bytes);
    }

    public void CopyFile(string source, string relativePath) => WriteBytes(relativePath, File.ReadAllBytes(source));

    // The content's hash, if any, is recorded by the caller.
    private void Store(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var path = PathOf(relativePath);
        MarkWritten(relativePath);
        if (_discard)
        {
            return;
        }

        if (_known is null || !_known.ContainsKey(relativePath))
        {
            EnsureFolder(path);
        }

        if (_reused && _known is null && HasBytes(path, bytes))
        {
            return;
        }

        // Truncates an older, longer file; no preallocation: it is one more system call per file.
        DirectFiles.WriteFile(path, bytes);
    }

    private void MarkWritten(string relativePath)
    {
        if (!_written.TryAdd(relativePath, 0))
        {
            throw new IOException($"'{relativePath}' was written twice in one build.");
        }
    }

    private void EnsureFolder(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!_folders.ContainsKey(folder))
        {
            // Created before it is remembered, so no thread skips a folder another is still creating.
            DirectFiles.CreateFolder(folder);
            _folders.TryAdd(folder, 0);
        }
    }

    /// <summary>Replaces the output folder with the staged one; the replaced one is kept as the next build's spare.</summary>
    /// <param name="removePreviousInBackground">When the replaced site cannot be kept as the spare, delete it on a background task (serve).</param>
    public void Commit(bool removePreviousInBackground = false)
    {
        if (_committed)
        {
            throw new InvalidOperationException("The staging folder was already committed.");
        }

        StopPreparing();
        if (_discard)
        {
            _committed = true;
            return;
        }

        RemoveLeftovers();
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
        var served = _ledger?.Contents(_target);
        _ledger?.Forget(_target);
        if (_hashes is not null)
        {
            _ledger!.Record(_target, _hashes);
        }

        if (old is not null && KeepAsSpare(old))
        {
            if (served is not null)
            {
                _ledger!.Record(_spare, served);
            }
        }
        else if (old is not null)
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

    /// <summary>A build that failed leaves its folder as the spare: the next build starts from it.</summary>
    public void Dispose()
    {
        StopPreparing();
        if (!_discard && !_committed && Directory.Exists(Root) && !KeepAsSpare(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private void StopPreparing()
    {
        _stopPreparing = true;
        _preparing?.Wait();
    }

    private bool KeepAsSpare(string folder)
    {
        try
        {
            Directory.Move(folder, _spare);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
