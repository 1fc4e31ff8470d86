using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// The local state of one function call (or of the template itself): <c>$name</c> variables, the arguments
/// (<c>$</c>, <c>$0</c>...) and the block of a <c>wrap</c> statement (<c>$$</c>).
/// </summary>
internal sealed record Frame(ScriptObject Locals, ScriptArray? Arguments, IScriptFunction? WrapBody);
