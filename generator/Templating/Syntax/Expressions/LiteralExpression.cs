using Civic.Templating.Runtime;
using Civic.Templating.Runtime.Values;

namespace Civic.Templating.Syntax.Expressions;

/// <summary>A constant: number, string, boolean or null.</summary>
public sealed class LiteralExpression : Expression
{
    /// <summary>Creates the literal.</summary>
    public LiteralExpression(object? value) => Value = value;

    /// <summary>The value.</summary>
    public object? Value { get; }

    internal override object? Evaluate(TemplateContext context) => Value;

    /// <inheritdoc/>
    public override string ToString() => Value is string ? ValueConverter.ToLiteral(Value) : Value is null ? "null" : ValueConverter.ToText(Value);
}
