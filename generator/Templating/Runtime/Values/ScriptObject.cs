using System.Collections;
using System.Collections.Frozen;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// A template object: ordered string keys to values. Used for object literals (<c>{a: 1}</c>), builtin modules
/// (<c>string</c>, <c>array</c>, ...) and host globals. Iterating an object yields <see cref="KeyValuePair{TKey,TValue}"/>
/// items, exposed to templates as <c>key</c>/<c>value</c>.
/// </summary>
public sealed class ScriptObject : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly OrderedDictionary<string, object?> _members;
    private HashSet<string>? _readOnlyMembers;

    // Set by Freeze: a read-only object (a builtin module, host globals) is read through a lookup built for reading.
    private FrozenDictionary<string, object?>? _frozen;

    /// <summary>Creates an empty object.</summary>
    public ScriptObject() => _members = new OrderedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Creates an empty object with room for <paramref name="capacity"/> members.</summary>
    public ScriptObject(int capacity) => _members = new OrderedDictionary<string, object?>(capacity, StringComparer.Ordinal);

    /// <summary>Number of members.</summary>
    public int Count => _members.Count;

    /// <summary>Member names, in insertion order.</summary>
    public IEnumerable<string> Keys => _members.Keys;

    /// <summary>Member values, in insertion order.</summary>
    public IEnumerable<object?> Values => _members.Values;

    /// <summary>
    /// When true no member can be added, changed or removed (builtin modules, frozen host globals).
    /// Once set it cannot be cleared, so a shared object stays safe to read from many threads.
    /// </summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Gets or sets a member; getting a missing member gives null.</summary>
    public object? this[string name]
    {
        get => _members.TryGetValue(name, out var value) ? value : null;
        set => SetValue(name, value);
    }

    /// <summary>Makes the whole object read-only (see <see cref="IsReadOnly"/>).</summary>
    public ScriptObject Freeze()
    {
        if (!IsReadOnly)
        {
            _frozen = _members.ToFrozenDictionary(StringComparer.Ordinal);
            IsReadOnly = true;
        }

        return this;
    }

    /// <summary>Looks a member up.</summary>
    public bool TryGetValue(string name, out object? value)
        => _frozen is { } frozen ? frozen.TryGetValue(name, out value) : _members.TryGetValue(name, out value);

    /// <summary>True if the member exists (even with a null value).</summary>
    public bool ContainsKey(string name) => _members.ContainsKey(name);

    /// <summary>True if the member can be assigned by a template.</summary>
    public bool CanWrite(string name) => !IsReadOnly && (_readOnlyMembers is null || !_readOnlyMembers.Contains(name));

    /// <summary>Sets a member. Throws <see cref="InvalidOperationException"/> if the object is frozen.</summary>
    public void SetValue(string name, object? value, bool readOnly = false)
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException($"The object is read-only; cannot set `{name}`.");
        }

        _members[name] = value;
        if (readOnly)
        {
            (_readOnlyMembers ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);
        }
        else
        {
            _readOnlyMembers?.Remove(name);
        }
    }

    /// <summary>Marks an existing member read-only, as the <c>readonly</c> statement does.</summary>
    public void SetReadOnly(string name) => (_readOnlyMembers ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    /// <summary>Removes a member; returns false if it did not exist.</summary>
    public bool Remove(string name) => !IsReadOnly && _members.Remove(name);

    /// <summary>
    /// Adds a function member implemented by a C# delegate. This is how builtin modules and hosts declare functions:
    /// <c>module.Function("upcase", call =&gt; ..., ScriptParameter.Required("text"))</c>.
    /// </summary>
    public ScriptObject Function(string name, Func<ScriptCall, object?> body, params ScriptParameter[] parameters)
    {
        SetValue(name, new DelegateFunction(name, parameters, body));
        return this;
    }

    /// <summary>Copies every member of <paramref name="other"/> into this object (the <c>import</c> statement).</summary>
    public void Import(ScriptObject other)
    {
        foreach (var pair in other._members)
        {
            SetValue(pair.Key, pair.Value);
        }
    }

    /// <summary>A shallow copy that is never read-only.</summary>
    public ScriptObject Clone()
    {
        var copy = new ScriptObject(_members.Count);
        foreach (var pair in _members)
        {
            copy._members[pair.Key] = pair.Value;
        }

        return copy;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _members.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Formats as Scriban does: <c>{a: 1, b: "x"}</c>.</summary>
    public override string ToString() => ValueConverter.ToText(this);
}
