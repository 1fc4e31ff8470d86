using System.Runtime.CompilerServices;

namespace Civic.Site.Load;

/// <summary>
/// Results worked out from one loaded file (its checks, its model object), kept while the file's parsed object
/// lives: a <see cref="LoadCache"/> hands back the same object for an unchanged file, so the result can be reused
/// as long as the rest of what it depends on (the context) is equal too.
/// </summary>
/// <typeparam name="T">The result.</typeparam>
internal sealed class FileMemo<T> where T : class
{
    private readonly ConditionalWeakTable<object, Entry> _table = new();

    /// <summary>The result for <paramref name="file"/> in <paramref name="context"/>, made once.</summary>
    public T Get<TState>(object file, object context, TState state, Func<TState, T> make)
    {
        if (_table.TryGetValue(file, out var entry) && Equals(entry.Context, context)) return entry.Value;
        var value = make(state);
        _table.AddOrUpdate(file, new Entry(context, value));
        return value;
    }

    private sealed record Entry(object Context, T Value);
}
