namespace Civic.Site.Load;

/// <summary>
/// Brings files into the page cache ahead of the threads that parse them. A cold read waits on the disk, and two
/// parsing threads keep only two reads in flight; many small reads in flight at once finish much sooner.
/// </summary>
internal sealed class ReadAhead : IDisposable
{
    // Reads in flight at once; each reader thread blocks on one file at a time.
    private const int Readers = 16;
    private const int ScratchBytes = 64 * 1024;

    private readonly IReadOnlyList<string> _paths;
    private readonly Thread[] _threads;
    private int _next = -1;
    private volatile bool _stopped;

    private ReadAhead(IReadOnlyList<string> paths)
    {
        _paths = paths;
        _threads = new Thread[Math.Min(Readers, paths.Count)];
        for (var i = 0; i < _threads.Length; i++)
        {
            _threads[i] = new Thread(Run) { IsBackground = true, Name = "read-ahead", Priority = ThreadPriority.BelowNormal };
            _threads[i].Start();
        }
    }

    /// <summary>Starts reading <paramref name="paths"/> (full paths) in the background; dispose to stop.</summary>
    public static ReadAhead Start(IReadOnlyList<string> paths) => new(paths);

    private void Run()
    {
        var scratch = new byte[ScratchBytes];
        int i;
        while (!_stopped && (i = Interlocked.Increment(ref _next)) < _paths.Count)
        {
            try
            {
                using var handle = File.OpenHandle(_paths[i]);
                long offset = 0;
                int n;
                while (!_stopped && (n = RandomAccess.Read(handle, scratch, offset)) > 0) offset += n;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    public void Dispose() => _stopped = true;
}
