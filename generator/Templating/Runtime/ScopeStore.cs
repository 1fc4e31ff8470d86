namespace Civic.Templating.Runtime;

/// <summary>
/// The variables of one loop or call: a handful of names (the loop variable and <c>for</c>, or the parameters),
/// so a linear scan beats hashing; names from the parser are interned, so most matches are by reference.
/// </summary>
internal sealed class ScopeStore
{
    private string[] _names = new string[4];
    private object?[] _values = new object?[4];
    private int _count;

    public bool TryGetValue(string name, out object? value)
    {
        var index = IndexOf(name);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public bool ContainsKey(string name) => IndexOf(name) >= 0;

    public void SetValue(string name, object? value)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            _values[index] = value;
            return;
        }

        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _names[_count] = name;
        _values[_count] = value;
        _count++;
    }

    /// <summary>Empties the store for the next loop of the same render.</summary>
    public void Clear()
    {
        Array.Clear(_names, 0, _count);
        Array.Clear(_values, 0, _count);
        _count = 0;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
