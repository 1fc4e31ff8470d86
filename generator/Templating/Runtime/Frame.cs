using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// The local state of one function call (or of the template itself): <c>$name</c> variables, the arguments
/// (<c>$</c>, <c>$0</c>...) and the block of a <c>wrap</c> statement (<c>$$</c>).
/// </summary>
internal sealed class Frame(ScriptArray? arguments, IScriptFunction? wrapBody)
{
    private ScriptObject? _locals;

    /// <summary>The <c>$name</c> variables, created on first assignment (most includes never assign one).</summary>
    public ScriptObject Locals => _locals ??= new ScriptObject();

    public ScriptArray? Arguments { get; } = arguments;

    public IScriptFunction? WrapBody { get; } = wrapBody;

    /// <summary>Looks a local up without creating the store.</summary>
    public bool TryGetLocal(string name, out object? value)
    {
        if (_locals is null)
        {
            value = null;
            return false;
        }

        return _locals.TryGetValue(name, out value);
    }
}
