namespace Civic.Templating.Runtime.Values;

/// <summary>
/// A function value: a builtin, a host function, or a <c>func</c> declared in a template. Implementations must be
/// thread-safe and keep no per-render state: everything per render lives on <see cref="ScriptCall.Context"/>.
/// </summary>
public interface IScriptFunction
{
    /// <summary>Name for messages (e.g. <c>upcase</c>).</summary>
    string Name { get; }

    /// <summary>Declared parameters; arguments arrive already bound to them (see <see cref="ScriptParameter"/>).</summary>
    IReadOnlyList<ScriptParameter> Parameters { get; }

    /// <summary>Runs the function. <see cref="ScriptCall.Arguments"/> has one slot per parameter, in order.</summary>
    object? Invoke(ScriptCall call);
}
