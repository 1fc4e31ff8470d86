using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>target = value</c> or a compound form (<c>+=</c>, <c>//=</c>...). Writes nothing to the output.</summary>
public sealed class AssignExpression : Expression
{
    /// <summary>Creates the node; <paramref name="op"/> is null for plain <c>=</c>.</summary>
    public AssignExpression(PathExpression target, BinaryOperator? op, Expression value)
    {
        Target = target;
        Operator = op;
        Value = value;
    }

    /// <summary>Where the value goes.</summary>
    public PathExpression Target { get; }

    /// <summary>The operator of a compound assignment.</summary>
    public BinaryOperator? Operator { get; }

    /// <summary>The value.</summary>
    public Expression Value { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var value = Value.Evaluate(context);
        if (Operator is { } op)
        {
            value = BinaryOperators.Apply(context, op, Target.Evaluate(context), value, Span, Span);
        }

        Target.Assign(context, value);
        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Target} = {Value}";
}
