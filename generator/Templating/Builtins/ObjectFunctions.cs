using System.Collections;
using System.Numerics;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>object</c> module: inspection, defaults, formatting, JSON and evaluation of template text.</summary>
internal static partial class ObjectFunctions
{
    private static readonly ScriptParameter Value = ScriptParameter.Required("value");

    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ undefined_var | object.default "Yo" }} → Yo (only null and "" take the default)
        module.Function(
            "default",
            static call => call[0] is null || call[0] is string { Length: 0 } ? call[1] : call[0],
            Value,
            ScriptParameter.Required("default"));

        // {{ product | object.has_key "title" }} → true
        module.Function("has_key", static call => HasKey(call, requireValue: false), Value, ScriptParameter.Required("key"));

        // {{ product | object.has_value "title" }} → true (the member exists and is not null)
        module.Function("has_value", static call => HasKey(call, requireValue: true), Value, ScriptParameter.Required("key"));

        // {{ product | object.keys }} → ["title", "type"]
        module.Function("keys", static call => new ScriptArray(Members(call[0]).Select(static m => (object?)m.Key)), Value);

        // {{ product | object.values }} → ["Orange", "fruit"]
        module.Function("values", static call => new ScriptArray(Members(call[0]).Select(static m => m.Value)), Value);

        // {{ [1, 2, 3] | object.size }} → 3 (text length, item count or member count; 0 otherwise)
        module.Function("size", static call => Size(call[0]), Value);

        // {{ 1 | object.typeof }} → number (string, boolean, number, array, iterator or object)
        module.Function("typeof", static call => TypeOf(call[0]), Value);

        // {{ 1.0 | object.kind }} → double (the precise type: int, double, string, range, array, object, …)
        module.Function("kind", static call => Kind(call[0]), Value);

        // {{ 1523 | object.format "N2" "en-US" }} → 1,523.00
        module.Function(
            "format",
            static call => MathFunctions.Format(call, numbersOnly: false),
            Value,
            ScriptParameter.Required("format"),
            ScriptParameter.Optional("culture"));

        // {{ { foo: "bar", baz: [1, 2] } | object.to_json }} → {"foo":"bar","baz":[1,2]}
        module.Function("to_json", static call => JsonConverter.Write(call[0]), Value);

        // {{ (`{ "foo": 123 }` | object.from_json).foo }} → 123
        module.Function("from_json", static call => call[0] is null ? null : JsonConverter.Read(call.GetString(0)), Value);

        // {{ "1 + 2" | object.eval }} → 3
        module.Function("eval", static call => Eval(call, asTemplate: false), Value);

        // {{ "Total {{ 1 + 2 }}" | object.eval_template }} → Total 3
        module.Function("eval_template", static call => Eval(call, asTemplate: true), Value);
        return module;
    }

    /// <summary>The members of an object, dictionary or .NET value; nothing for lists, text and functions.</summary>
    internal static IEnumerable<KeyValuePair<string, object?>> Members(object? value)
    {
        switch (value)
        {
            case null or string or HtmlString or IScriptFunction:
                return [];
            case ScriptObject obj:
                return obj;
            case IDictionary<string, object?> dictionary:
                return dictionary;
            case IDictionary untyped:
                return untyped.Keys.Cast<object>().Select(key => new KeyValuePair<string, object?>(ValueConverter.ToText(key), untyped[key]));
            case IEnumerable:
                return [];
        }

        return ObjectMembers.Names(value).Select(name =>
        {
            ObjectMembers.TryGet(value, name, out var member);
            return new KeyValuePair<string, object?>(name, member);
        });
    }

    private static bool HasKey(ScriptCall call, bool requireValue)
    {
        if (call[0] is null or string or IEnumerable and not ScriptObject and not IDictionary || call[1] is null)
        {
            return false;
        }

        return ObjectMembers.TryGet(call[0]!, call.GetString(1), out var member) && (!requireValue || member is not null);
    }

    private static int Size(object? value) => value switch
    {
        string s => s.Length,
        HtmlString html => html.Value.Length,
        ScriptObject obj => obj.Count,
        ICollection collection => collection.Count,
        IEnumerable enumerable => enumerable.Cast<object?>().Count(),
        _ => 0,
    };

    private static string? TypeOf(object? value) => value switch
    {
        null => null,
        string or HtmlString => "string",
        bool => "boolean",
        _ when ValueConverter.IsNumber(value) => "number",
        ScriptRange => "iterator",
        IList => "array",
        ScriptObject or IDictionary => "object",
        IEnumerable => "iterator",
        _ => "object",
    };

    private static string? Kind(object? value) => value switch
    {
        null => null,
        string or HtmlString => "string",
        bool => "bool",
        int => "int",
        long => "long",
        double => "double",
        float => "float",
        decimal => "decimal",
        BigInteger => "bigint",
        byte => "byte",
        sbyte => "sbyte",
        short => "short",
        ushort => "ushort",
        uint => "uint",
        ulong => "ulong",
        Enum => "enum",
        ScriptRange => "range",
        IScriptFunction => "function",
        ScriptObject or IDictionary => "object",
        IEnumerable => "array",
        DateTime => "datetime",
        TimeSpan => "timespan",
        _ => "object",
    };
}
