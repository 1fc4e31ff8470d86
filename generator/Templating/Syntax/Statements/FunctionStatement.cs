using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>func name(params) ... end</c> (or <c>name(params) = expression</c>): defines a function variable.</summary>
public sealed class FunctionStatement : Statement
{
    internal FunctionStatement(VariableExpression name, TemplateFunction function)
    {
        Name = name;
        Function = function;
    }

    /// <summary>The variable receiving the function.</summary>
    public VariableExpression Name { get; }

    internal TemplateFunction Function { get; }

    internal override Completion Execute(TemplateContext context)
    {
        Name.Assign(context, Function);
        return Completion.Normal;
    }
}
