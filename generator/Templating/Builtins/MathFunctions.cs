using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>math</c> module.</summary>
internal static class MathFunctions
{
    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ 1 | math.plus 2 }} → 3 (same arithmetic as the + operator, so 1 | math.plus 2.5 → 3.5)
        module.Function(
            "plus",
            static call => Arithmetic.Add(call.GetNumber(0), call.GetNumber(1)),
            ScriptParameter.Required("value"),
            ScriptParameter.Required("with"));
        return module;
    }
}
