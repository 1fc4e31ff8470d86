using Civic.Templating.Runtime;
using Civic.Templating.Syntax.Expressions;

namespace Civic.Templating.Syntax.Statements;

/// <summary>An expression used as a statement: its value, if not null, is written to the output.</summary>
public sealed class ExpressionStatement : Statement
{
    // Decided once at parse time rather than by type tests at every execution.
    private readonly CallExpression? _include;
    private readonly bool _writesValue;

    /// <summary>Creates the node.</summary>
    public ExpressionStatement(Expression expression)
    {
        Expression = expression;
        _include = expression as CallExpression is { Target: VariableExpression { Name: "include", IsLocal: false } } include ? include : null;
        _writesValue = expression is not AssignExpression;
    }

    /// <summary>The expression.</summary>
    public Expression Expression { get; }

    internal override Completion Execute(TemplateContext context)
    {
        if (_include is { } include)
        {
            // An include used as a statement renders straight into the output instead of through a buffer.
            context.DirectIncludeSpan = include.Span;
            context.DirectIncludeStatementSpan = Span;
        }

        var value = Expression.Evaluate(context);
        if (value is not null && _writesValue)
        {
            context.WriteValue(value, Span);
        }

        return Completion.Normal;
    }
}
