using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Builtins;

/// <summary>
/// The one list of builtins. Each module is a read-only <see cref="ScriptObject"/> of functions; add a module or a
/// top-level function here, explicitly (no reflection scans).
/// </summary>
internal static class BuiltinRegistry
{
    /// <summary>Creates the builtin globals; called once per <see cref="TemplateOptions"/>.</summary>
    public static ScriptObject CreateModules()
    {
        var globals = new ScriptObject();
        globals.SetValue("array", ArrayFunctions.Create().Freeze());
        globals.SetValue("math", MathFunctions.Create().Freeze());
        globals.SetValue("string", StringFunctions.Create().Freeze());
        globals.SetValue("include", IncludeFunction.Instance);
        return globals.Freeze();
    }
}
