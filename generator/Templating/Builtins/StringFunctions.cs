using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>The <c>string</c> module.</summary>
internal static class StringFunctions
{
    public static ScriptObject Create()
    {
        var module = new ScriptObject();

        // {{ "hello" | string.upcase }} → HELLO
        module.Function("upcase", static call => call.GetString(0).ToUpperInvariant(), ScriptParameter.Required("text"));
        return module;
    }
}
