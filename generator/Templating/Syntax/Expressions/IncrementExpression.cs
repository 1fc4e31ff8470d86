using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>++x</c>, <c>x++</c>, <c>--x</c>, <c>x--</c>.</summary>
public sealed class IncrementExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public IncrementExpression(PathExpression target, bool increment, bool prefix)
    {
        Target = target;
        Increment = increment;
        Prefix = prefix;
    }

    /// <summary>The variable changed.</summary>
    public PathExpression Target { get; }

    /// <summary>True for <c>++</c>.</summary>
    public bool Increment { get; }

    /// <summary>True when the operator comes first (the new value is the result).</summary>
    public bool Prefix { get; }

    internal override object? Evaluate(TemplateContext context)
    {
        var before = Target.Evaluate(context) ?? 0;
        if (!ValueConverter.TryToNumber(before, out var number) || before is string)
        {
            throw context.Error(Span, $"The operator `{(Increment ? "++" : "--")}` expects a number");
        }

        var after = Increment ? Arithmetic.Add(number!, 1) : Arithmetic.Subtract(number!, 1);
        Target.Assign(context, after);
        return Prefix ? after : before;
    }

    /// <inheritdoc/>
    public override string ToString() => Prefix ? (Increment ? "++" : "--") + Target : Target + (Increment ? "++" : "--");
}
