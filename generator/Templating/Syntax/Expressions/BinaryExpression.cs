using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>left op right</c>; <c>&amp;&amp;</c>, <c>||</c>, <c>??</c> and <c>?!</c> short-circuit.</summary>
public sealed class BinaryExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public BinaryExpression(BinaryOperator op, Expression left, Expression right)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    /// <summary>Where the operator is (errors of the operation are reported there).</summary>
    public SourceSpan OperatorSpan { get; init; }

    /// <summary>The operator.</summary>
    public BinaryOperator Operator { get; }

    /// <summary>Left operand.</summary>
    public Expression Left { get; }

    /// <summary>Right operand.</summary>
    public Expression Right { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var left = Left.Evaluate(context);
        switch (Operator)
        {
            case BinaryOperator.And:
                return ValueConverter.Box(ValueConverter.ToBool(left) && ValueConverter.ToBool(Right.Evaluate(context)));
            case BinaryOperator.Or:
                return ValueConverter.Box(ValueConverter.ToBool(left) || ValueConverter.ToBool(Right.Evaluate(context)));
            case BinaryOperator.Coalesce:
                return left ?? Right.Evaluate(context);
            case BinaryOperator.IfNotNull:
                return left is null ? null : Right.Evaluate(context);
        }

        return BinaryOperators.Apply(context, Operator, left, Right.Evaluate(context), OperatorSpan, Span);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Left} {BinaryOperators.Symbol(Operator)} {Right}";
}
