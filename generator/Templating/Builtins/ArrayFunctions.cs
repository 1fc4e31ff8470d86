using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>array</c> module.</summary>
internal static class ArrayFunctions
{
    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ [1, 2, 3] | array.size }} → 3
        module.Function("size", static call => Size(call[0]), ScriptParameter.Required("list"));
        return module;
    }

    private static int Size(object? list) => list switch
    {
        null => 0,
        ICollection<object?> collection => collection.Count,
        IReadOnlyCollection<object?> collection => collection.Count,
        _ => ValueConverter.ToEnumerable(list)?.Count() ?? 0,
    };
}
