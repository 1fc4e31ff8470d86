using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>ret value</c>: leaves the function (or the template) with a value.</summary>
public sealed class ReturnStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public ReturnStatement(Expression? value) => Value = value;

    /// <summary>The returned value, if any.</summary>
    public Expression? Value { get; }

    internal override Completion Execute(TemplateContext context)
    {
        context.SetReturnValue(Value?.Evaluate(context));
        return Completion.Return;
    }
}
