using Civic.Templating.Runtime.Values;
using Civic.Templating.Syntax.Statements;

namespace Civic.Templating.Runtime;

/// <summary>A template function declared without a parameter list: it reads its arguments as <c>$</c>, <c>$0</c>, <c>$.name</c>.</summary>
internal sealed class ArgumentArrayTemplateFunction : TemplateFunction, IArgumentArrayFunction
{
    private static readonly ScriptParameter[] AnyArguments = { ScriptParameter.Params("args") };

    public ArgumentArrayTemplateFunction(string name, BlockStatement body, SourceSpan span)
        : base(name, AnyArguments, body, span)
    {
    }
}
