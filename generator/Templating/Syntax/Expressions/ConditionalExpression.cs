using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>condition ? a : b</c>.</summary>
public sealed class ConditionalExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public ConditionalExpression(Expression condition, Expression whenTrue, Expression whenFalse)
    {
        Condition = condition;
        WhenTrue = whenTrue;
        WhenFalse = whenFalse;
    }

    /// <summary>The test.</summary>
    public Expression Condition { get; }

    /// <summary>Value when the test is truthy.</summary>
    public Expression WhenTrue { get; }

    /// <summary>Value otherwise.</summary>
    public Expression WhenFalse { get; }

    internal override object? Evaluate(TemplateContext context)
        => ValueConverter.ToBool(Condition.Evaluate(context)) ? WhenTrue.Evaluate(context) : WhenFalse.Evaluate(context);

    /// <inheritdoc/>
    public override string ToString() => $"{Condition} ? {WhenTrue} : {WhenFalse}";
}
