using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Runtime;

/// <summary>
/// Marks a function declared without a parameter list (<c>func f ... end</c>): it receives every positional argument
/// in one array (<c>$</c>, <c>$0</c>...) with named arguments attached as members (<c>$.name</c>).
/// </summary>
internal interface IArgumentArrayFunction : IScriptFunction
{
}
