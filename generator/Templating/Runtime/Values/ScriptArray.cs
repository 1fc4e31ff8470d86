using System.Collections;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// A template array (array literals, results of array builtins). Any other <see cref="IEnumerable"/> given by a host
/// is also accepted where an array is expected; builtins should read through <see cref="ValueConverter.ToEnumerable"/>.
/// </summary>
public sealed class ScriptArray : IList<object?>, IReadOnlyList<object?>
{
    private readonly List<object?> _items;
    private ScriptObject? _members;

    /// <summary>Creates an empty array.</summary>
    public ScriptArray() => _items = new List<object?>();

    /// <summary>Creates an empty array with room for <paramref name="capacity"/> items.</summary>
    public ScriptArray(int capacity) => _items = new List<object?>(capacity);

    /// <summary>Creates an array holding the given items.</summary>
    public ScriptArray(IEnumerable<object?> items) => _items = new List<object?>(items);

    /// <inheritdoc/>
    public int Count => _items.Count;

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <summary>Named members attached to the array (a function's named arguments, read as <c>$.name</c>).</summary>
    public ScriptObject Members => _members ??= new ScriptObject();

    /// <summary>True if <see cref="Members"/> has been used.</summary>
    public bool HasMembers => _members is { Count: > 0 };

    /// <summary>Gets an item (null when out of range, as in Scriban) or sets one (growing the array with nulls).</summary>
    public object? this[int index]
    {
        get => index >= 0 && index < _items.Count ? _items[index] : null;
        set
        {
            if (index < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            while (_items.Count <= index)
            {
                _items.Add(null);
            }

            _items[index] = value;
        }
    }

    /// <inheritdoc/>
    public void Add(object? item) => _items.Add(item);

    /// <summary>Appends every item.</summary>
    public void AddRange(IEnumerable<object?> items) => _items.AddRange(items);

    /// <inheritdoc/>
    public void Clear() => _items.Clear();

    /// <inheritdoc/>
    public bool Contains(object? item) => IndexOf(item) >= 0;

    /// <inheritdoc/>
    public void CopyTo(object?[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public int IndexOf(object? item)
    {
        for (var i = 0; i < _items.Count; i++)
        {
            if (ValueComparer.Instance.Equals(_items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public void Insert(int index, object? item) => _items.Insert(index, item);

    /// <inheritdoc/>
    public bool Remove(object? item)
    {
        var index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        _items.RemoveAt(index);
        return true;
    }

    /// <inheritdoc/>
    public void RemoveAt(int index) => _items.RemoveAt(index);

    /// <summary>Sorts in place.</summary>
    public void Sort(IComparer<object?> comparer) => _items.Sort(comparer);

    /// <summary>Reverses in place.</summary>
    public void Reverse() => _items.Reverse();

    /// <inheritdoc/>
    public IEnumerator<object?> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Formats as Scriban does: <c>[1, 2, "x"]</c>.</summary>
    public override string ToString() => ValueConverter.ToText(this);
}
