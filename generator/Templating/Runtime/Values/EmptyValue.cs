using System.Collections;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// The <c>empty</c> keyword: equal to null, "", and any empty list or object; its members are empty too.
/// </summary>
public sealed class EmptyValue
{
    /// <summary>The single instance.</summary>
    public static readonly EmptyValue Instance = new();

    private EmptyValue()
    {
    }

    /// <summary>True if <paramref name="value"/> counts as empty.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null or EmptyValue => true,
        string s => s.Length == 0,
        HtmlString h => h.IsEmpty,
        ScriptObject o => o.Count == 0,
        ICollection c => c.Count == 0,
        ScriptRange r => r.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };

    /// <inheritdoc/>
    public override string ToString() => string.Empty;
}
