using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using Civic.Templating.Runtime;

namespace Civic.Templating.Runtime.Values;

/// <summary>
/// Reads and writes members of any value by name: <see cref="ScriptObject"/> members, dictionary keys, and the public
/// properties and fields of .NET objects (records passed by a host) under snake_case names (<c>FirstName</c> →
/// <c>first_name</c>). Accessors are compiled once per type and cached, so this is safe and cheap from many threads.
/// </summary>
public static class ObjectMembers
{
    private static readonly ConcurrentDictionary<Type, Dictionary<string, Func<object, object?>>> Cache = new();

    /// <summary>Gets a member; false if the value has no such member.</summary>
    public static bool TryGet(object target, string name, out object? value)
    {
        if (name == "empty?")
        {
            value = EmptyValue.IsEmpty(target);
            return true;
        }

        switch (target)
        {
            case ScriptObject obj:
                return obj.TryGetValue(name, out value);
            case Dictionary<string, object?> exact:
                // The usual host model, tested by exact type before the interface tests below.
                return exact.TryGetValue(name, out value);
            case LoopState loop when loop.TryGet(name, out value):
                return true;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out value);
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out value);
            case IDictionary untyped:
                value = untyped.Contains(name) ? untyped[name] : null;
                return untyped.Contains(name);
            case ScriptArray array:
                if (name == "size")
                {
                    value = array.Count;
                    return true;
                }

                value = null;
                return array.HasMembers && array.Members.TryGetValue(name, out value);
            case ICollection collection when name == "size":
                value = collection.Count;
                return true;
            case ScriptRange range when name == "size":
                value = range.Count;
                return true;
            case string or HtmlString or ScriptRange or IEnumerable:
                value = null;
                return false;
        }

        if (GetAccessors(target.GetType()).TryGetValue(name, out var getter))
        {
            value = getter(target);
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>
    /// The compiled getter <see cref="TryGet"/> would use for <paramref name="name"/> on <paramref name="target"/>,
    /// when the target is a plain .NET object (not an object, dictionary, list, string or loop state); else null.
    /// The result depends only on the target's type, so a caller may keep it for that type.
    /// </summary>
    internal static Func<object, object?>? FindPlainGetter(object target, string name)
    {
        if (name == "empty?" || target is ScriptObject or IDictionary<string, object?> or IReadOnlyDictionary<string, object?>
            or IDictionary or IEnumerable or ScriptRange or HtmlString or LoopState)
        {
            return null;
        }

        return GetAccessors(target.GetType()).TryGetValue(name, out var getter) ? getter : null;
    }

    /// <summary>Member names of a value (object keys, dictionary keys, or .NET members in snake_case).</summary>
    public static IEnumerable<string> Names(object target) => target switch
    {
        ScriptObject obj => obj.Keys,
        IDictionary<string, object?> dictionary => dictionary.Keys,
        IDictionary untyped => untyped.Keys.Cast<object>().Select(ValueConverter.ToText),
        string or ScriptArray or ScriptRange or IEnumerable => Array.Empty<string>(),
        _ => GetAccessors(target.GetType()).Keys,
    };

    /// <summary>Converts a .NET member name to snake_case, as Scriban's standard renamer does.</summary>
    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousLower = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var nextLower = i > 0 && i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]);
                if (previousLower || nextLower)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static Dictionary<string, Func<object, object?>> GetAccessors(Type type)
        => Cache.GetOrAdd(type, static t => BuildAccessors(t));

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification =
        "Reads the public members of whatever object a template is given. A native build keeps the members that code "
        + "uses; the site's own variables are dictionaries and lists, and CI compares a native build of the bundled "
        + "site with a JIT one byte for byte.")]
    private static Dictionary<string, Func<object, object?>> BuildAccessors(Type type)
    {
        var accessors = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance))
        {
            if (member is PropertyInfo { CanRead: true } property && property.GetIndexParameters().Length == 0
                || member is FieldInfo)
            {
                accessors.TryAdd(ToSnakeCase(member.Name), Compile(type, member));
            }
        }

        return accessors;
    }

    private static Func<object, object?> Compile(Type type, MemberInfo member)
    {
        var parameter = Expression.Parameter(typeof(object), "target");
        var typed = type.IsValueType ? Expression.Unbox(parameter, type) : (Expression)Expression.Convert(parameter, type);
        var access = Expression.MakeMemberAccess(typed, member);

        // Booleans and small integers come from shared boxes, so reading them does not allocate.
        Expression body = access.Type == typeof(bool) ? Expression.Call(typeof(ValueConverter).GetMethod(nameof(ValueConverter.Box), [typeof(bool)])!, access)
            : access.Type == typeof(int) ? Expression.Call(typeof(BoxedInts).GetMethod(nameof(BoxedInts.Get))!, access)
            : Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }
}
