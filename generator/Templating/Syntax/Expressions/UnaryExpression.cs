using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>!x</c>, <c>-x</c> or <c>+x</c>.</summary>
public sealed class UnaryExpression : Expression
{
    /// <summary>Creates the node; <paramref name="op"/> is '!', '-' or '+'.</summary>
    public UnaryExpression(char op, Expression operand)
    {
        Operator = op;
        Operand = operand;
    }

    /// <summary>'!', '-' or '+'.</summary>
    public char Operator { get; }

    /// <summary>The operand.</summary>
    public Expression Operand { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var value = Operand.Evaluate(context);
        if (Operator == '!')
        {
            return ValueConverter.Box(!ValueConverter.ToBool(value));
        }

        if (value is null)
        {
            return null;
        }

        if (!ValueConverter.TryToNumber(value, out var number) || value is string)
        {
            throw context.Error(Span, $"Unexpected value `{ValueConverter.ToText(value)}` for the unary operator `{Operator}`: a number is expected");
        }

        return Operator == '-' ? Arithmetic.Negate(number!) : number;
    }

    /// <inheritdoc/>
    public override string ToString() => Operator + Operand.ToString();
}
