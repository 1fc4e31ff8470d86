using System.Collections.Immutable;

namespace Civic.Site.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage so that one run reports every problem. Thread-safe for adding,
/// because later stages render in parallel.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();
    private int _errors;

    /// <summary>Adds one diagnostic.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
            if (diagnostic.IsError) _errors++;
        }
    }

    /// <summary>Makes and adds a diagnostic of the given kind.</summary>
    public Diagnostic Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
    {
        var d = descriptor.Create(location, args);
        Add(d);
        return d;
    }

    /// <summary>Adds every diagnostic of another bag.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate)
        {
            foreach (var d in diagnostics)
            {
                _items.Add(d);
                if (d.IsError) _errors++;
            }
        }
    }

    /// <summary>Number of diagnostics so far.</summary>
    public int Count
    {
        get { lock (_gate) return _items.Count; }
    }

    /// <summary>Number of errors so far.</summary>
    public int ErrorCount
    {
        get { lock (_gate) return _errors; }
    }

    /// <summary>Number of warnings so far.</summary>
    public int WarningCount
    {
        get { lock (_gate) return _items.Count - _errors; }
    }

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => ErrorCount > 0;

    /// <summary>The diagnostics in the order they were added.</summary>
    public ImmutableArray<Diagnostic> ToArray()
    {
        lock (_gate) return [.. _items];
    }

    /// <summary>All diagnostics, sorted by path, line, column and code, without exact duplicates.</summary>
    public ImmutableArray<Diagnostic> ToSortedArray()
    {
        Diagnostic[] copy;
        lock (_gate) copy = [.. _items];
        Array.Sort(copy, Diagnostic.Compare);
        var result = ImmutableArray.CreateBuilder<Diagnostic>(copy.Length);
        foreach (var d in copy)
        {
            if (result.Count > 0 && result[^1] == d) continue;
            result.Add(d);
        }
        return result.ToImmutable();
    }
}
