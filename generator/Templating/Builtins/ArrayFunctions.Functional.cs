using System.Globalization;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>Functions that take a member name or a function value: map, sort, each, filter, any.</summary>
internal static partial class ArrayFunctions
{
    private static void AddFunctional(ScriptObject module)
    {
        // {{ products | array.map "title" }} → ["Orange", "Banana", …] (items without the member are skipped)
        module.Function("map", static call => Map(call), List, ScriptParameter.Required("member"));

        // {{ [10, 2, 6] | array.sort }} → [2, 6, 10]; {{ products | array.sort "title" }} sorts by a member
        module.Function("sort", static call => Sort(call), List, ScriptParameter.Optional("member"));

        // {{ [" a", " 5"] | array.each @string.strip }} → ["a", "5"]
        module.Function(
            "each",
            static call => Apply(call, static (item, result) => (true, result)),
            List,
            ScriptParameter.Required("function"),
            ScriptParameter.Params("args"));

        // {{ ["", "200"] | array.filter @string.empty }} → [""]
        module.Function(
            "filter",
            static call => Apply(call, static (item, result) => (ValueConverter.ToBool(result), item)),
            List,
            ScriptParameter.Required("function"),
            ScriptParameter.Params("args"));

        // {{ [" hello", "20"] | array.any @string.contains "20" }} → true
        module.Function(
            "any",
            static call => Apply(call, static (item, result) => (ValueConverter.ToBool(result), item))?.Count > 0,
            List,
            ScriptParameter.Required("function"),
            ScriptParameter.Params("args"));
    }

    /// <summary>Orders like .NET's default comparer over template values: strings by the invariant culture
    /// (so "fruit" sorts before "Orange", as in Scriban), numbers by value across kinds.</summary>
    internal static int CompareForSort(object? left, object? right)
    {
        if (left is string a && right is string b)
        {
            return string.Compare(a, b, CultureInfo.InvariantCulture, CompareOptions.None);
        }

        return ValueComparer.Instance.Compare(left, right);
    }

    private static ScriptArray Map(ScriptCall call)
    {
        var result = new ScriptArray();
        if (call[0] is null || call[1] is null)
        {
            return result;
        }

        var member = call.GetString(1);
        var items = ValueConverter.ToEnumerable(call[0]) ?? new[] { call[0] };
        foreach (var item in items)
        {
            if (item is not null && ObjectMembers.TryGet(item, member, out var value))
            {
                result.Add(value);
            }
        }

        return result;
    }

    private static ScriptArray Sort(ScriptCall call)
    {
        if (call[0] is null)
        {
            return new ScriptArray();
        }

        if (ValueConverter.ToEnumerable(call[0]) is not { } items)
        {
            return new ScriptArray { call[0] };
        }

        var member = call.GetString(1);
        var comparer = Comparer<object?>.Create(CompareForSort);
        if (member.Length == 0)
        {
            return new ScriptArray(items.OrderBy(static item => item, comparer));
        }

        return new ScriptArray(items.OrderBy(item => item is not null && ObjectMembers.TryGet(item, member, out var value) ? value : null, comparer));
    }

    /// <summary>Calls the function on every item (with any extra arguments after the item) and keeps what
    /// <paramref name="select"/> says to keep.</summary>
    private static ScriptArray? Apply(ScriptCall call, Func<object?, object?, (bool Keep, object? Value)> select)
    {
        if (call[0] is null)
        {
            return null;
        }

        var function = call[1];
        if (function is null)
        {
            return new ScriptArray(Items(call));
        }

        if (function is not IScriptFunction)
        {
            throw call.Error($"The parameter `{ValueConverter.ToText(function)}` is not a function. Maybe prefix it with @?");
        }

        var extra = (ScriptArray)call[2]!;
        var arguments = new object?[1 + extra.Count];
        extra.CopyTo(arguments, 1);
        var result = new ScriptArray();
        foreach (var item in Items(call))
        {
            arguments[0] = item;
            var (keep, value) = select(item, call.Invoke(function, (object?[])arguments.Clone()));
            if (keep)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
