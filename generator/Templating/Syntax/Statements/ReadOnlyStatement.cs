using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary><c>readonly x</c>: later assignments to the global <c>x</c> are errors.</summary>
public sealed class ReadOnlyStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public ReadOnlyStatement(VariableExpression variable) => Variable = variable;

    /// <summary>The variable.</summary>
    public VariableExpression Variable { get; }

    internal override Completion Execute(TemplateContext context)
    {
        context.ThisObject.SetReadOnly(Variable.Name);
        return Completion.Normal;
    }
}
