using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Tests.Conformance;

/// <summary>The global model of the upstream runner (README.txt of the conformance data).</summary>
internal static class ConformanceModel
{
    public static ScriptObject Create()
    {
        var model = new ScriptObject();
        model.SetValue("page", Obj(("title", "This is a title")));
        model.SetValue("user", Obj(("name", "John")));
        model.SetValue("product", Obj(("title", "Orange"), ("type", "fruit")));
        var products = new ScriptArray();
        foreach (var (title, type) in new[]
                 {
                     ("Orange", "fruit"), ("Banana", "fruit"), ("Apple", "fruit"), ("Computer", "electronics"),
                     ("Mobile Phone", "electronics"), ("Table", "furniture"), ("Sofa", "furniture"),
                 })
        {
            products.Add(Obj(("title", title), ("type", type)));
        }

        model.SetValue("products", products);
        model.Function(
            "special_concat_strings",
            static call => $"a: {call.GetString(0)}, b: {call.GetString(1)}, c: {call.GetString(2)}",
            ScriptParameter.Optional("a", "default_a"),
            ScriptParameter.Optional("b", "default_b"),
            ScriptParameter.Optional("c", "default_c"));
        model.Function(
            "special_concat_string_and_params",
            static call => $"a: {call.GetString(0)}, " + Values((ScriptArray)call[1]!),
            ScriptParameter.Required("a"),
            ScriptParameter.Params("args"));
        model.Function("special_concat_params", static call => Values((ScriptArray)call[0]!), ScriptParameter.Params("args"));
        return model;
    }

    private static string Values(ScriptArray values)
        => string.Join(", ", values.Select(static (v, i) => $"v{i}: {ValueConverter.ToText(v)}"));

    private static ScriptObject Obj(params (string Key, object? Value)[] members)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in members)
        {
            obj.SetValue(key, value);
        }

        return obj;
    }
}
