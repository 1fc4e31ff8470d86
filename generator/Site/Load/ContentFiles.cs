using System.Runtime.ExceptionServices;

namespace Civic.Site.Load;

/// <summary>
/// Reads content files each on its own, in parallel, through the <see cref="LoadCache"/> when the load has one.
/// A file's problems are kept with it and merged into the load's diagnostics in the order the files are taken,
/// so the result does not depend on which thread finished first.
/// </summary>
internal static class ContentFiles
{
    /// <summary>Turns one file (root-relative path) into its value, reporting into the context given.</summary>
    public delegate object? Parser(LoadContext ctx, string path);

    /// <summary>One file to read: its path, a name for its kind (files of a kind parse the same way), and how.</summary>
    public readonly record struct Job(string Path, string Kind, Parser Parse);

    // Below this many files, starting threads costs more than it saves.
    private const int ParallelFrom = 8;

    private const int ReadAheadFrom = 256;

    /// <summary>Reads every job, in parallel; the results are in the order of <paramref name="jobs"/>.</summary>
    public static ParsedFile[] ReadAll(LoadContext ctx, IReadOnlyList<Job> jobs)
    {
        var results = new ParsedFile[jobs.Count];
        if (jobs.Count < ParallelFrom)
        {
            for (var i = 0; i < jobs.Count; i++) results[i] = Read(ctx, jobs[i]);
        }
        else
        {
            // Files kept from an earlier load are not read again, so only a first load reads ahead.
            using var ahead = jobs.Count >= ReadAheadFrom && (ctx.Cache?.Count ?? 0) == 0
                ? ReadAhead.Start(jobs.Select(j => ctx.Full(j.Path)).ToArray())
                : null;
            try
            {
                Parallel.For(0, jobs.Count, i => results[i] = Read(ctx, jobs[i]));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
            {
                // Fail as reading the files one by one would have: with the first error itself.
                ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            }
        }
        return results;
    }

    /// <summary>Reads one file, or takes it from the cache when it did not change.</summary>
    public static ParsedFile Read(LoadContext ctx, Job job)
    {
        var cache = ctx.Cache;
        if (cache is null) return Parse(ctx, job);

        if (cache.TryReuseUnchanged(job.Path, job.Kind) is { } unchanged) return unchanged;
        var full = ctx.Full(job.Path);
        var stampedAt = DateTime.UtcNow;
        var stamp = FileStamp.Of(full);
        if (cache.TryReuse(job.Path, job.Kind, full, stamp) is { } reused) return reused;
        var hash = LoadCache.HashIfRacy(full, stamp, stampedAt);
        var parsed = Parse(ctx, job);
        cache.Store(job.Path, job.Kind, stamp, hash, parsed);
        return parsed;
    }

    /// <summary>Adds a file's problems and text to the load, and returns its value.</summary>
    public static T? Take<T>(LoadContext ctx, ParsedFile file) where T : class
    {
        if (file.Text is { } text) ctx.Sources.Add(text);
        if (!file.Diagnostics.IsEmpty) ctx.Diagnostics.AddRange(file.Diagnostics);
        return file.Value as T;
    }

    private static ParsedFile Parse(LoadContext ctx, Job job)
    {
        var one = ctx.ForOneFile();
        var value = job.Parse(one, job.Path);
        return new ParsedFile(value, one.HasDiagnostics ? one.Diagnostics.ToArray() : [], one.Sources.Find(job.Path));
    }
}
