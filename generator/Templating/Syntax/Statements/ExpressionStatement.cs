using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary>An expression used as a statement: its value, if not null, is written to the output.</summary>
public sealed class ExpressionStatement : Statement
{
    /// <summary>Creates the node.</summary>
    public ExpressionStatement(Expression expression) => Expression = expression;

    /// <summary>The expression.</summary>
    public Expression Expression { get; }

    internal override Completion Execute(TemplateContext context)
    {
        if (Expression is CallExpression { Target: VariableExpression { Name: "include", IsLocal: false } } include)
        {
            // An include used as a statement renders straight into the output instead of through a buffer.
            context.DirectIncludeSpan = include.Span;
            context.DirectIncludeStatementSpan = Span;
        }

        var value = Expression.Evaluate(context);
        if (value is not null && Expression is not AssignExpression)
        {
            context.WriteValue(value, Span);
        }

        return Completion.Normal;
    }
}
