using Civic.Templating.Runtime;

namespace Civic.Templating.Syntax.Expressions;

/// <summary><c>(expression)</c>.</summary>
public sealed class ParenthesizedExpression : Expression
{
    /// <summary>Creates the node.</summary>
    public ParenthesizedExpression(Expression inner) => Inner = inner;

    /// <summary>The inner expression.</summary>
    public Expression Inner { get; }

    internal override object? Evaluate(TemplateContext context)
        => Inner is FunctionExpression function
            ? context.Call(function.Function, Span, "do", Array.Empty<object?>(), null)
            : Inner.Evaluate(context);

    /// <inheritdoc/>
    public override string ToString() => $"({Inner})";
}
