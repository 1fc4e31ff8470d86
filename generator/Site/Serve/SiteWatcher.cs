using System.Threading.Channels;
using Civic.Site.Load;

namespace Civic.Site.Serve;

/// <summary>
/// Watches content/, data/, themes/, site.yml and synonyms.yml and reports batches of changes after a short quiet period,
/// so that an editor's save-as-rename-and-write sequence causes one rebuild.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Watched = ["content", "data", "themes"];

    // Written when the watcher lost events (its buffer overflowed): what changed is then not known. Not a path.
    private const string Lost = "\0";
    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public SiteWatcher(string root)
        : this(root, folder => new FileSystemWatcher(folder))
    {
    }

    /// <summary>With a watcher of the caller's making: one whose buffer can be made to overflow on purpose.</summary>
    internal SiteWatcher(string root, Func<string, FileSystemWatcher> watcherFor)
    {
        _root = Path.GetFullPath(root);
        _watcher = watcherFor(_root);
        _watcher.IncludeSubdirectories = true;
        _watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        _watcher.Changed += (_, e) => Offer(e.FullPath);
        _watcher.Created += (_, e) => Offer(e.FullPath);
        _watcher.Deleted += (_, e) => Offer(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Offer(e.OldFullPath);
            Offer(e.FullPath);
        };
        _watcher.Error += (_, _) => _changes.Writer.TryWrite(Lost);
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>True when a site-relative path is one the site is built from.</summary>
    public static bool IsSourcePath(string relative)
    {
        var path = relative.Replace(Path.DirectorySeparatorChar, '/');
        if (path is "site.yml" or Load.SynonymLoader.FileName)
        {
            return true;
        }

        var first = path.Split('/')[0];
        var name = Path.GetFileName(path);
        return Watched.Contains(first) && !ContentFolder.IsHidden(name) && !name.EndsWith('~') && !name.EndsWith(".swp", StringComparison.Ordinal);
    }

    /// <summary>
    /// Waits for the next batch of changed site-relative paths (files or folders); null when the watcher lost events,
    /// so anything may have changed.
    /// </summary>
    public async Task<IReadOnlySet<string>?> NextBatchAsync(TimeSpan quiet, CancellationToken cancellation)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellation).ConfigureAwait(false) };
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(timeout.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                return batch.Contains(Lost) ? null : batch;
            }
        }
    }

    public void Dispose() => _watcher.Dispose();

    private void Offer(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (IsSourcePath(relative))
        {
            _changes.Writer.TryWrite(relative);
        }
    }
}
