using System.Runtime.CompilerServices;
using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// The <c>array</c> module. Functions never change their input: they return a new <see cref="ScriptArray"/>
/// (or null where Scriban returns null for a null input).
/// </summary>
internal static partial class ArrayFunctions
{
    private static readonly ScriptParameter List = ScriptParameter.Required("list");

    // array.cycle keeps its position per render: keyed by the context so that renders never share it.
    private static readonly ConditionalWeakTable<TemplateContext, Dictionary<string, int>> Cycles = new();

    public static ScriptObject Create()
    {
        var module = new ScriptObject();
        AddBasics(module);
        AddEdits(module);
        AddFunctional(module);
        return module;
    }

    private static void AddBasics(ScriptObject module)
    {
        // {{ [1, 2, 3] | array.size }} → 3
        module.Function("size", static call => Size(call[0]), List);

        // {{ [4, 5, 6] | array.first }} → 4
        module.Function("first", static call => call[0] is null ? null : Items(call).FirstOrDefault(), List);

        // {{ [4, 5, 6] | array.last }} → 6
        module.Function("last", static call => call[0] is null ? null : Items(call).LastOrDefault(), List);

        // {{ [1, 2, 3, 4] | array.contains 4 }} → true
        module.Function(
            "contains",
            static call => Items(call).Contains(call[1], ValueComparer.Instance),
            List,
            ScriptParameter.Required("item"));

        // {{ [1, 2, 3] | array.join "|" }} → 1|2|3 (an optional function transforms each item's text)
        module.Function(
            "join",
            static call => Join(call),
            List,
            ScriptParameter.Required("delimiter"),
            ScriptParameter.Optional("function"));

        // {{ [4, 5, 6] | array.limit 2 }} → [4, 5]
        module.Function(
            "limit",
            static call => call[0] is null ? null : new ScriptArray(Items(call).Take(Math.Max(0, call.GetInt(1)))),
            List,
            ScriptParameter.Required("count"));

        // {{ [4, 5, 6, 7, 8] | array.offset 2 }} → [6, 7, 8]
        module.Function(
            "offset",
            static call => call[0] is null ? null : new ScriptArray(Items(call).Skip(Math.Max(0, call.GetInt(1)))),
            List,
            ScriptParameter.Required("index"));

        // {{ [4, 5, 6, 7] | array.reverse }} → [7, 6, 5, 4]
        module.Function("reverse", static call => new ScriptArray(Items(call).Reverse()), List);

        // {{ [1, 1, 4, 5, 8, 8] | array.uniq }} → [1, 4, 5, 8]
        module.Function(
            "uniq",
            static call => call[0] is null ? null : new ScriptArray(Items(call).Distinct(ValueComparer.Instance)),
            List);

        // {{ [1, null, 3] | array.compact }} → [1, 3]
        module.Function(
            "compact",
            static call => call[0] is null ? null : new ScriptArray(Items(call).Where(static item => item is not null)),
            List);

        // {{ array.cycle ['one', 'two'] }} → one, then two, then one… (an optional group name shares a position)
        module.Function("cycle", static call => Cycle(call), List, ScriptParameter.Optional("group"));
    }

    private static void AddEdits(ScriptObject module)
    {
        // {{ [1, 2, 3] | array.add 4 }} → [1, 2, 3, 4]
        module.Function(
            "add",
            static call => new ScriptArray(Items(call)) { call[1] },
            List,
            ScriptParameter.Required("value"));

        // {{ [1, 2, 3] | array.add_range [4, 5] }} → [1, 2, 3, 4, 5]
        module.Function("add_range", static call => Concat(call), List, ScriptParameter.Required("list2"));

        // {{ [1, 2, 3] | array.concat [4, 5] }} → [1, 2, 3, 4, 5]
        module.Function("concat", static call => Concat(call), List, ScriptParameter.Required("list2"));

        // {{ ["a", "b", "c"] | array.insert_at 2 "Yo" }} → ["a", "b", "Yo", "c"]
        module.Function(
            "insert_at",
            static call => InsertAt(call),
            List,
            ScriptParameter.Required("index"),
            ScriptParameter.Required("value"));

        // {{ [4, 5, 6, 7, 8] | array.remove_at (-1) }} → [4, 5, 6, 7] (a negative index counts from the end)
        module.Function("remove_at", static call => RemoveAt(call), List, ScriptParameter.Required("index"));
    }

    private static IEnumerable<object?> Items(ScriptCall call) => call.GetEnumerable(0);

    private static int Size(object? list) => list switch
    {
        null => 0,
        ICollection<object?> collection => collection.Count,
        IReadOnlyCollection<object?> collection => collection.Count,
        _ => ValueConverter.ToEnumerable(list)?.Count() ?? 0,
    };

    private static string Join(ScriptCall call)
    {
        if (call[0] is null)
        {
            return string.Empty;
        }

        var function = call[2];
        if (function is not null and not IScriptFunction)
        {
            throw call.Error($"The parameter `{ValueConverter.ToText(function)}` is not a function. Maybe prefix it with @?");
        }

        var delimiter = call.GetString(1);
        return string.Join(delimiter, Items(call).Select(item =>
        {
            var text = ValueConverter.ToText(item);
            return function is null ? text : ValueConverter.ToText(call.Invoke(function, text));
        }));
    }

    private static ScriptArray? Concat(ScriptCall call)
    {
        if (call[0] is null && call[1] is null)
        {
            return null;
        }

        var result = new ScriptArray(Items(call));
        result.AddRange(call.GetEnumerable(1));
        return result;
    }

    private static ScriptArray InsertAt(ScriptCall call)
    {
        var index = Math.Max(0, call.GetInt(1));
        var result = new ScriptArray(Items(call));
        while (result.Count < index)
        {
            result.Add(null);
        }

        result.Insert(index, call[2]);
        return result;
    }

    private static ScriptArray RemoveAt(ScriptCall call)
    {
        var result = new ScriptArray(Items(call));
        var index = call.GetInt(1);
        if (index < 0)
        {
            index += result.Count;
        }

        if (index >= 0 && index < result.Count)
        {
            result.RemoveAt(index);
        }

        return result;
    }

    private static object? Cycle(ScriptCall call)
    {
        if (call[0] is null)
        {
            return null;
        }

        var items = Items(call).ToList();
        var group = call[1] is null ? string.Join(",", items.Select(ValueConverter.ToText)) : call.GetString(1);
        var positions = Cycles.GetOrCreateValue(call.Context);
        positions.TryGetValue(group, out var position);
        if (items.Count == 0)
        {
            positions[group] = 0;
            return null;
        }

        position %= items.Count;
        positions[group] = position + 1;
        return items[position];
    }
}
